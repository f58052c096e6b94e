package org.consigna.tenant.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageRequest;
import org.consigna.tenant.application.TenantProvisioning.Provisioned;
import org.consigna.tenant.application.TenantRegistry;
import org.consigna.tenant.domain.Tenant;
import org.consigna.tenant.domain.TenantModule;

/** Builds {@link TenantView}s, with each tenant's modules. */
@ApplicationScoped
class TenantViews {

    @Inject
    TenantRegistry registry;

    TenantView of(Provisioned provisioned) {
        return of(provisioned.tenant(), registry.modulesOf(provisioned.tenant().id()), provisioned.notes());
    }

    TenantView of(Tenant tenant) {
        return of(tenant, registry.modulesOf(tenant.id()), null);
    }

    /** A page of tenants by id, with the modules of all of them read in one query. */
    Page<TenantView> page(PageRequest request) {
        Cursor after = request.after("tenants", 1);
        Page<Tenant> found = Page.of(registry.page(after == null ? null : after.text(0), request.fetchSize()), request,
                t -> Cursor.encode("tenants", t.id()));
        Map<String, List<TenantModule>> modules = registry.modulesByTenant(found.items().stream().map(Tenant::id).toList());
        return found.map(t -> of(t, modules.getOrDefault(t.id(), List.of()), null));
    }

    private TenantView of(Tenant tenant, List<TenantModule> enabled, Map<String, String> onboarding) {
        var modules = enabled.stream()
                .map(m -> new TenantView.ModuleState(m.moduleId(), m.appliedVersion(), m.enabledAt(), m.migratedAt()))
                .sorted(Comparator.comparing(TenantView.ModuleState::id))
                .toList();
        var settings = tenant.settings();
        return new TenantView(tenant.id(), tenant.displayName(), tenant.status().wire(), tenant.statusDetail(),
                tenant.schemaName(), tenant.cluster(), settings.timeZone(), settings.currency(), tenant.createdAt(), tenant.updatedAt(), modules,
                onboarding == null || onboarding.isEmpty() ? null : onboarding);
    }
}
