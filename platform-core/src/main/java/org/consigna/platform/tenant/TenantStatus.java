package org.consigna.platform.tenant;

import org.consigna.platform.wire.WireEnum;

/** Lifecycle of a tenant: only {@code ACTIVE} tenants are served. */
public enum TenantStatus implements WireEnum {
    PROVISIONING, ACTIVE, SUSPENDED, FAILED;
}
