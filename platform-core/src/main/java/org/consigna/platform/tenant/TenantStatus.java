package org.consigna.platform.tenant;

/** Lifecycle of a tenant: only {@code ACTIVE} tenants are served. */
public enum TenantStatus {
    PROVISIONING, ACTIVE, SUSPENDED, FAILED;

    public String wire() {
        return name().toLowerCase();
    }
}
