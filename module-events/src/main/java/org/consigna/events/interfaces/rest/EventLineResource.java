package org.consigna.events.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.consigna.events.application.MarkUsedService;
import org.consigna.events.domain.event.EventLine;
import org.consigna.events.domain.event.Usage;
import org.consigna.events.interfaces.rest.EventViews.LineView;
import org.consigna.platform.input.OptionalBody;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Mark used inventory: add a device to an open event, re-mark its usage, give it back. */
@Path("t/{tenant}/events/{id}/lines")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventLineResource {

    private static final String MARKED = "used|implanted|damaged";

    @Inject
    MarkUsedService markUsed;

    /** {@code quantity} defaults to one unit. */
    public record NewLine(@NotNull UUID deviceId, @Min(1) @Max(100_000) Integer quantity,
                          @NotNull @Pattern(regexp = MARKED, message = "must be used, implanted or damaged") String usage) {
    }

    public record UsageChange(@NotNull @Pattern(regexp = MARKED, message = "must be used, implanted or damaged") String usage) {
    }

    /** How the device is given back; {@code unused} (the default) on a reopened event returns a consumed device to inventory. */
    public record Removal(@Size(max = 20) String usage) {
    }

    @Operation(summary = "Add a device to an event")
    @APIResponseSchema(value = LineView.class, responseCode = "201", responseDescription = "The new line")
    @POST
    public Response add(@PathParam("id") UUID eventId, @NotNull @Valid NewLine request) {
        EventLine line = markUsed.add(eventId, request.deviceId(),
                request.quantity() == null ? 1 : request.quantity(), Usage.parse(request.usage(), false));
        return Response.status(201).entity(LineView.of(line)).build();
    }

    @Operation(summary = "Change how a device was used in an event")
    @PUT
    @Path("{lineId}")
    public LineView changeUsage(@PathParam("id") UUID eventId, @PathParam("lineId") UUID lineId,
                                @NotNull @Valid UsageChange request) {
        return LineView.of(markUsed.changeUsage(eventId, lineId, Usage.parse(request.usage(), false)));
    }

    @Operation(summary = "Give a device back from an event")
    @RequestBodySchema(Removal.class)
    @POST
    @Path("{lineId}/remove")
    public LineView remove(@PathParam("id") UUID eventId, @PathParam("lineId") UUID lineId, String body) {
        Removal request = OptionalBody.read(body, Removal.class, null);
        String usage = request == null || request.usage() == null ? "unused" : request.usage();
        return LineView.of(markUsed.remove(eventId, lineId, Usage.parse(usage, true)));
    }
}
