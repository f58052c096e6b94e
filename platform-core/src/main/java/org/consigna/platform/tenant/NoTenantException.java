package org.consigna.platform.tenant;

/** Tenant data was touched where no tenant is set: a programming error, never a fallback. */
public class NoTenantException extends IllegalStateException {

    public NoTenantException() {
        super("No tenant is set for this code path: tenant data is only reachable inside a tenant request "
                + "(/api/t/{tenant}/...) or within TenantContext.runAs(tenant, ...)");
    }
}
