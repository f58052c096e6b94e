package org.consigna.platform.tenant;

import java.util.Set;

/**
 * A tenant as the rest of the platform sees it: its id and name, the schema holding its data and the database cluster
 * that schema lives in ({@code main} unless moved), its modules, and the ISO 4217 code of the currency its prices are
 * in (a tenant setting).
 */
public record TenantRef(String id, String displayName, String schema, String cluster, TenantStatus status,
                        Set<String> modules, String currency) {

    /** The cluster every tenant lives in unless the registry places it elsewhere. */
    public static final String MAIN_CLUSTER = "main";

    public TenantRef {
        modules = Set.copyOf(modules);
        cluster = cluster == null ? MAIN_CLUSTER : cluster;
    }

    /** A tenant on the main database cluster. */
    public TenantRef(String id, String displayName, String schema, TenantStatus status, Set<String> modules,
                     String currency) {
        this(id, displayName, schema, MAIN_CLUSTER, status, modules, currency);
    }
}
