package org.consigna.platform.tenant;

import java.util.Optional;

/** Looks tenants up for request resolution; implemented by the tenant registry module. */
public interface TenantDirectory {

    Optional<TenantRef> find(String tenantId);
}
