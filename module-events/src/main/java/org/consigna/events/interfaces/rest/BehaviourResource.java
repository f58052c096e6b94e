package org.consigna.events.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consigna.events.application.Behaviours;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The installed event behaviours an admin may build event types on. */
@Path("t/{tenant}/events/behaviours")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class BehaviourResource {

    @Inject
    Behaviours behaviours;

    public record BehaviourView(String id, String displayName, boolean billingByDefault) {
    }

    // Not paged: the behaviours installed in this server (jars on its class path), not rows of a table.
    @Operation(summary = "List the event behaviours installed in this server")
    @GET
    public List<BehaviourView> list() {
        return behaviours.all().stream()
                .map(b -> new BehaviourView(b.id(), b.displayName(), b.billingByDefault())).toList();
    }
}
