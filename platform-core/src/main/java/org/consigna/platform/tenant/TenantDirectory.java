package org.consigna.platform.tenant;

import java.util.List;
import java.util.Optional;

/** Looks tenants up for request resolution; implemented by the tenant registry module. */
public interface TenantDirectory {

    Optional<TenantRef> find(String tenantId);

    /** Every active tenant, read now (not cached): for scheduled work a module does for each of its tenants. */
    List<TenantRef> active();
}
