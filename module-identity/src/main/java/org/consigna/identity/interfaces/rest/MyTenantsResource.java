package org.consigna.identity.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.consigna.identity.application.TenantChoices;
import org.consigna.platform.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The tenants the signed-in person may enter (one sign-in serves them all), with their role and the
 * tenant's modules there, so a client can offer a tenant switcher and show only what exists.
 */
@Path("me/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class MyTenantsResource {

    @Inject
    TenantChoices choices;

    @Inject
    CurrentCaller caller;

    public record TenantChoiceView(String id, String displayName, String status, String role, UUID memberId,
                                   Set<String> modules) {
    }

    public record MyTenantsView(List<TenantChoiceView> tenants) {
    }

    /** Not paged: one person's tenants, a handful. */
    @Operation(summary = "List the tenants the caller belongs to")
    @GET
    public MyTenantsView list() {
        return new MyTenantsView(choices.of(caller.get().subject()).stream()
                .map(c -> new TenantChoiceView(c.tenant().id(), c.tenant().displayName(), c.tenant().status().wire(),
                        c.member().role().wire(), c.member().id(), new TreeSet<>(c.tenant().modules())))
                .toList());
    }
}
