package org.consigna.platform.module;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.consigna.platform.tenant.TenantContext;

/**
 * What modules contribute to each other (event behaviours, device-claim checks, provisioning steps,
 * observers) acts only for tenants that enabled the contributing module. The platform decides this
 * here, once, so no contributor writes that guard (a forgotten one cost a 500 on every transfer).
 * A contribution from outside any module (a plug-in jar without its own tables) acts for every tenant,
 * as do platform-wide modules'.
 */
@ApplicationScoped
public class TenantContributions {

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantContext tenant;

    /** The contributions that act for the request's tenant; without a tenant, a {@code NoTenantException}. */
    public <T> List<T> forCurrentTenant(Iterable<? extends T> contributions) {
        return forTenant(contributions, tenant.require().modules());
    }

    /** The contributions that act for a tenant with these modules enabled. */
    public <T> List<T> forTenant(Iterable<? extends T> contributions, Set<String> enabledModules) {
        List<T> acting = new ArrayList<>();
        for (T contribution : contributions) {
            if (actsFor(contribution.getClass(), enabledModules)) {
                acting.add(contribution);
            }
        }
        return acting;
    }

    /** Whether a class of a module acts for a tenant with these modules enabled. */
    public boolean actsFor(Class<?> contributor, Set<String> enabledModules) {
        return modules.moduleOf(contributor)
                .filter(ConsignaModule::isTenantModule)
                .map(module -> enabledModules.contains(module.id()))
                .orElse(true);
    }

    /** Whether a class of a module acts for the request's tenant. */
    public boolean actsForCurrentTenant(Class<?> contributor) {
        return actsFor(contributor, tenant.require().modules());
    }
}
