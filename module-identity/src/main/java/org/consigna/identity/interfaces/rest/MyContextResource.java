package org.consigna.identity.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.consigna.platform.security.Caller;
import org.consigna.platform.security.CurrentCaller;
import org.consigna.platform.security.Membership;
import org.consigna.platform.tenant.TenantContext;
import org.consigna.platform.tenant.TenantRef;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's place in one tenant, as a client needs it to draw its navigation: the role the caller
 * holds there and the modules the tenant has enabled, so only what exists and what the role may use is shown.
 */
@Path("t/{tenant}/me/context")
@Produces(MediaType.APPLICATION_JSON)
public class MyContextResource {

    @Inject
    TenantContext tenant;

    @Inject
    CurrentCaller caller;

    public record MyContextView(String tenant, String displayName, String role, UUID memberId, Set<String> modules,
                                String username, boolean operator) {
    }

    @Operation(summary = "Show the caller's role in the tenant and the tenant's enabled modules")
    @GET
    public MyContextView show() {
        TenantRef current = tenant.require();
        Caller who = caller.get();
        Membership membership = who.requireMembership();
        return new MyContextView(current.id(), current.displayName(), membership.role().wire(), membership.memberId(),
                new TreeSet<>(current.modules()), who.username(), who.operator());
    }
}
