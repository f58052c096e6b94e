package org.consigna.tenant.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.consigna.tenant.application.TenantProvisioning.Provisioned;
import org.consigna.tenant.application.TenantRegistry;
import org.consigna.tenant.domain.Tenant;

/** Builds {@link TenantView}s, with each tenant's modules. */
@ApplicationScoped
class TenantViews {

    @Inject
    TenantRegistry registry;

    TenantView of(Provisioned provisioned) {
        return of(provisioned.tenant(), provisioned.notes());
    }

    TenantView of(Tenant tenant) {
        return of(tenant, null);
    }

    private TenantView of(Tenant tenant, Map<String, String> onboarding) {
        var modules = registry.modulesOf(tenant.id()).stream()
                .map(m -> new TenantView.ModuleState(m.moduleId(), m.appliedVersion(), m.enabledAt(), m.migratedAt()))
                .sorted(java.util.Comparator.comparing(TenantView.ModuleState::id))
                .toList();
        var settings = tenant.settings();
        return new TenantView(tenant.id(), tenant.displayName(), tenant.status().wire(), tenant.statusDetail(),
                tenant.schemaName(), settings.timeZone(), settings.currency(), tenant.createdAt(), tenant.updatedAt(), modules,
                onboarding == null || onboarding.isEmpty() ? null : onboarding);
    }
}
