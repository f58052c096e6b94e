package org.consigna.tenant.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.consigna.platform.security.TenantRole;
import org.consigna.platform.tenant.TenantContext;
import org.consigna.tenant.application.TenantRegistry;
import org.consigna.tenant.domain.TenantSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The tenant admin's settings: display name, time zone, currency. */
@Path("t/{tenant}/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantSettingsResource {

    @Inject
    TenantContext tenant;

    @Inject
    TenantRegistry registry;

    public record SettingsChange(@NotBlank @Size(max = 200) String displayName, @NotBlank @Size(max = 64) String timeZone,
                                 @NotBlank @Size(min = 3, max = 3) String currency) {
    }

    @Operation(summary = "Show the tenant's settings")
    @GET
    public TenantSettings show() {
        return registry.load(tenant.require().id()).settings();
    }

    @Operation(summary = "Change the tenant's settings")
    @PUT
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public TenantSettings change(@NotNull @Valid SettingsChange change) {
        TenantSettings settings = new TenantSettings(change.displayName(), change.timeZone(), change.currency());
        return registry.update(tenant.require().id(), t -> t.apply(settings, Instant.now())).settings();
    }
}
