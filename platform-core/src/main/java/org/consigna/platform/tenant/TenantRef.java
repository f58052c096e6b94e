package org.consigna.platform.tenant;

import java.util.Set;

/** A tenant as the rest of the platform sees it: its id and name, the schema holding its data, its modules. */
public record TenantRef(String id, String displayName, String schema, TenantStatus status, Set<String> modules) {

    public TenantRef {
        modules = Set.copyOf(modules);
    }
}
