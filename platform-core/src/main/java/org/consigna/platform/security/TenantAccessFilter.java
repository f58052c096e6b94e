package org.consigna.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.consigna.platform.module.ConsignaModule;
import org.consigna.platform.module.ModuleRegistry;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.tenant.TenantContext;
import org.consigna.platform.tenant.TenantDirectory;
import org.consigna.platform.tenant.TenantIds;
import org.consigna.platform.tenant.TenantRef;

/**
 * The one gate of every {@code /api/t/{tenant}/...} route, run after JAX-RS matched it: the tenant is
 * the decoded path parameter of that very route, spelled exactly as in the raw URL and in canonical
 * form; it must exist; the caller must be an active member by the platform's membership record (the
 * identity provider's organization claim plays no part); the tenant must be active and have the
 * resource's module. Only then are the tenant context and the caller's tenant role set, so a tenant
 * resource cannot run without both.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class TenantAccessFilter implements ContainerRequestFilter {

    public static final String PATH_PARAM = "tenant";
    static final String TENANT_ROUTE = "t/{" + PATH_PARAM + "}";

    @Inject
    TenantDirectory directory;

    @Inject
    TenantContext context;

    @Inject
    ModuleRegistry modules;

    @Inject
    CurrentCaller callers;

    @Inject
    Instance<Memberships> memberships;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String tenantId = request.getUriInfo().getPathParameters().getFirst(PATH_PARAM);
        if (tenantId == null) {
            requireNotTenantRoute();
            return;
        }
        if (!TenantIds.isCanonical(tenantId) || !rawPathNames(request, tenantId)) {
            throw new ProblemException(404, "tenant-not-found", "Unknown tenant",
                    "The path does not name a tenant: a tenant id is written as created, in lower-case letters, "
                            + "digits and hyphens, without encoding or parameters");
        }
        TenantRef tenant = directory.find(tenantId).orElseThrow(() -> new ProblemException(404, "tenant-not-found",
                "Unknown tenant", "There is no tenant '" + tenantId + "'"));
        Caller caller = callers.get();
        Membership membership = membershipOf(tenantId, caller.subject())
                .filter(Membership::active)
                .orElseThrow(() -> new ProblemException(403, "not-a-member", "Not a member of this tenant",
                        "You are not an active member of tenant '" + tenantId + "'"));
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
        Caller member = callers.actAsMember(membership);
        request.setSecurityContext(new CallerSecurityContext(request.getSecurityContext(), member));
    }

    /** The platform's membership record; none at all when no module keeps memberships. */
    private Optional<Membership> membershipOf(String tenantId, String subject) {
        return memberships.isUnsatisfied() ? Optional.empty() : memberships.get().find(tenantId, subject);
    }

    /** The raw URL must carry the id as it is: no percent-encoding, matrix parameters, doubled slashes or dots. */
    private static boolean rawPathNames(ContainerRequestContext request, String tenantId) {
        String base = request.getUriInfo().getBaseUri().getRawPath();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path == null || !path.startsWith(base)) {
            return false;
        }
        String route = path.substring(base.length());
        String expected = "t/" + tenantId;
        return route.equals(expected) || route.startsWith(expected + "/") && !route.startsWith(expected + "//");
    }

    /** A tenant route reached without its tenant parameter would run without a tenant: never. */
    private void requireNotTenantRoute() {
        Class<?> type = resource.getResourceClass();
        Path path = type == null ? null : type.getAnnotation(Path.class);
        if (path != null && path.value().replaceFirst("^/", "").startsWith("t/")) {
            throw new IllegalStateException("Resource " + type.getName() + " is under t/ but its path does not start with "
                    + TENANT_ROUTE);
        }
    }
}
