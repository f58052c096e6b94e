package org.consigna.platform.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.consigna.platform.json.JsonP;
import org.consigna.platform.security.CurrentCaller;
import org.consigna.platform.tenant.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Liveness as clients see it: the public ping needs no token; the tenant ping answers only a
 * member of the tenant. Both do the same work apart from authentication and authorization,
 * which makes their difference the security overhead the benchmark prints.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    @Inject
    TenantContext tenant;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Check that the server answers, without a token")
    @GET
    @Path("public/ping")
    @PermitAll
    public JsonObject ping() {
        return JsonP.object().add("status", "ok").build();
    }

    @Operation(summary = "Check that the server answers a member of the tenant")
    @GET
    @Path("t/{tenant}/ping")
    public JsonObject tenantPing() {
        return JsonP.object().add("status", "ok").add("tenant", tenant.require().id())
                .add("role", caller.get().role().map(Enum::name).orElse("none").toLowerCase()).build();
    }
}
