package org.consigna.inventory.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.consigna.inventory.application.AdjustmentService;
import org.consigna.inventory.domain.Wire;
import org.consigna.inventory.domain.device.AdjustmentReason;
import org.consigna.inventory.interfaces.rest.DeviceViews.DeviceView;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Stock adjustments of one custodian's devices with a reason (found, lost, damaged,
 * count_correction); each line a signed change. A quantity never goes below zero.
 */
@Path("t/{tenant}/inventory/adjustments")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdjustmentResource {

    static final int MAX_DELTA = 100_000;

    @Inject
    AdjustmentService adjustments;

    @Inject
    OneTransaction tx;

    @Inject
    DeviceViews views;

    /** A change of at most {@value #MAX_DELTA} units either way: more is a typing slip, not a count. */
    public record LineRequest(@NotNull UUID deviceId, @NotNull @Min(-MAX_DELTA) @Max(MAX_DELTA) Integer delta) {
    }

    public record AdjustmentRequest(@NotBlank @Size(max = 40) String reason, @Size(max = 400) String note,
                                    @NotEmpty @Size(max = 1000) List<@Valid @NotNull LineRequest> lines) {
    }

    public record AdjustmentView(UUID id, String reason, List<DeviceView> devices) {
    }

    @Operation(summary = "Adjust device quantities, with a reason")
    @APIResponseSchema(value = AdjustmentView.class, responseCode = "201", responseDescription = "The adjustment and the devices it changed")
    @POST
    public Response adjust(@NotNull @Valid AdjustmentRequest request) {
        AdjustmentReason reason = Wire.parse(AdjustmentReason.class, request.reason(), "reason");
        AdjustmentView view = tx.run(() -> {
            AdjustmentService.Adjusted adjusted = adjustments.adjust(reason, request.note(),
                    request.lines().stream().map(l -> new AdjustmentService.Line(l.deviceId(), l.delta())).toList());
            return new AdjustmentView(adjusted.adjustmentId(), Wire.of(reason), adjusted.devices().stream().map(d -> views.of(d, null)).toList());
        });
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
