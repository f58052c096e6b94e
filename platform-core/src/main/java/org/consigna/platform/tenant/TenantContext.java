package org.consigna.platform.tenant;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;

/** The tenant the current request acts for. Set once by {@code security.TenantAccessFilter}; never guessed. */
@RequestScoped
public class TenantContext {

    private TenantRef tenant;

    public TenantRef require() {
        if (tenant == null) {
            throw new NoTenantException();
        }
        return tenant;
    }

    public Optional<TenantRef> current() {
        return Optional.ofNullable(tenant);
    }

    public void set(TenantRef tenant) {
        if (this.tenant != null && !this.tenant.id().equals(tenant.id())) {
            throw new IllegalStateException("Request already acts for tenant '" + this.tenant.id() + "'");
        }
        this.tenant = tenant;
    }

    /** Runs work for a tenant outside a tenant URL (start-up tasks, tests); restores the previous tenant after. */
    public <T> T runAs(TenantRef other, Supplier<T> work) {
        TenantRef previous = tenant;
        tenant = other;
        try {
            return work.get();
        } finally {
            tenant = previous;
        }
    }
}
