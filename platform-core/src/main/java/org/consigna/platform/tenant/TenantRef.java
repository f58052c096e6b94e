package org.consigna.platform.tenant;

import java.util.Set;

/**
 * A tenant as the rest of the platform sees it: its id and name, the schema holding its data, its modules, and the
 * ISO 4217 code of the currency its prices are in (a tenant setting).
 */
public record TenantRef(String id, String displayName, String schema, TenantStatus status, Set<String> modules,
                        String currency) {

    public TenantRef {
        modules = Set.copyOf(modules);
    }
}
