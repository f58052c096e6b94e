package org.consigna.platform.tenant;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.consigna.platform.module.ConsignaModule;
import org.consigna.platform.module.ModuleRegistry;
import org.consigna.platform.problem.ProblemException;

/**
 * Resolves the {@code {tenant}} path parameter of {@code /api/t/{tenant}/...} into the request's
 * {@link TenantContext}, refusing unknown and inactive tenants and modules the tenant has not enabled.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class TenantFilter implements ContainerRequestFilter {

    public static final String PATH_PARAM = "tenant";

    @Inject
    TenantDirectory directory;

    @Inject
    TenantContext context;

    @Inject
    ModuleRegistry modules;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String tenantId = request.getUriInfo().getPathParameters().getFirst(PATH_PARAM);
        if (tenantId == null) {
            return;
        }
        TenantRef tenant = directory.find(tenantId).orElseThrow(() -> new ProblemException(404, "tenant-not-found",
                "Unknown tenant", "There is no tenant '" + tenantId + "'"));
        switch (tenant.status()) {
            case ACTIVE -> { }
            case SUSPENDED -> throw new ProblemException(403, "tenant-suspended", "Tenant suspended",
                    "Tenant '" + tenantId + "' is suspended");
            default -> throw new ProblemException(503, "tenant-not-active", "Tenant not available",
                    "Tenant '" + tenantId + "' is not active (status " + tenant.status().wire() + ")");
        }
        modules.moduleOf(resource.getResourceClass())
                .filter(ConsignaModule::isTenantModule)
                .filter(module -> !tenant.modules().contains(module.id()))
                .ifPresent(module -> {
                    throw new ProblemException(404, "module-not-enabled", "Module not enabled",
                            "Module '" + module.id() + "' is not enabled for tenant '" + tenantId + "'");
                });
        context.set(tenant);
    }
}
