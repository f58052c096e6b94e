package org.consigna.purchasing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.consigna.platform.security.TenantRole;
import org.consigna.purchasing.application.UsageService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Equipment a recipient installed or used up, deducted from its stock; by an admin or the recipient themselves. */
@Path("t/{tenant}/purchasing/recipients/{custodianId}/usage")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsageResource {

    @Inject
    UsageService usage;

    public record UsageRequest(@NotNull UUID itemId, @NotNull @Min(1) @Max(1_000_000) Integer quantity,
                               @Size(max = 500) String note) {
    }

    /** What was used and what is left on hand. */
    public record UsageView(UUID recipientId, UUID itemId, int used, long onHand) {
    }

    @Operation(summary = "Record equipment installed or used up; its units are deducted")
    @POST
    public UsageView use(@PathParam("custodianId") UUID custodianId, @NotNull @Valid UsageRequest request) {
        long left = usage.use(custodianId, request.itemId(), request.quantity(), request.note());
        return new UsageView(custodianId, request.itemId(), request.quantity(), left);
    }
}
