package org.consigna.facilitystock.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.consigna.facilitystock.application.RefillService;
import org.consigna.facilitystock.application.RefillService.Proposal;
import org.consigna.facilitystock.application.RefillService.ProposedLine;
import org.consigna.facilitystock.interfaces.rest.StockViews.StockDevice;
import org.consigna.platform.input.OptionalBody;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.consigna.platform.tenant.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.consigna.platform.input.QueryParameters;

/**
 * "Refill this facility": the suggested stocking order for a selling custodian (the caller by default), each line with
 * its arithmetic {@code par - on hand + expiring}, and one call that turns it into an open stocking order.
 */
@Path("t/{tenant}/facility-stock/facilities/{facilityId}/refill")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class RefillResource {

    @Inject
    RefillService refills;

    @Inject
    OneTransaction tx;

    @Inject
    TenantContext tenants;

    /**
     * @param expiring     units at the facility expiring within 30 days
     * @param suggested    {@code max(0, par - onHand + expiring)}
     * @param arithmetic   the same in words
     * @param proposedUnits units of the proposed devices (short of {@code suggested} when the custodian holds too few)
     */
    public record RefillLineView(UUID itemId, String catalogNumber, String description, int par, int onHand,
                                 int expiring, int suggested, String arithmetic, int proposedUnits,
                                 List<StockDevice> devices) {
    }

    public record RefillView(UUID facilityId, String facilityName, UUID custodianId, String custodianName,
                             LocalDate today, List<RefillLineView> lines) {
    }

    /** Optional choices: the selling custodian (else the caller) and the stocking-order type (else the first active). */
    public record RefillOrder(UUID custodianId, UUID typeId) {
    }

    public record RefillOrdered(UUID eventId, List<UUID> deviceIds) {
    }

    @Operation(summary = "Suggest a stocking order that refills a facility")
    @GET
    public RefillView propose(@PathParam("facilityId") UUID facilityId, @QueryParam("custodian") String custodian) {
        return tx.run(() -> view(refills.propose(facilityId, QueryParameters.uuid("custodian", custodian),
                FacilityStockResource.today())));
    }

    @Operation(summary = "Turn the suggested refill into an open stocking order")
    @RequestBodySchema(RefillOrder.class)
    @APIResponseSchema(value = RefillOrdered.class, responseCode = "201", responseDescription = "The stocking order created")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response order(@PathParam("facilityId") UUID facilityId, String body) {
        RefillOrder choice = OptionalBody.read(body, RefillOrder.class, new RefillOrder(null, null));
        RefillOrdered ordered = tx.run(() -> {
            RefillService.Ordered done = refills.order(facilityId, choice.custodianId(), choice.typeId(),
                    FacilityStockResource.today());
            return new RefillOrdered(done.eventId(), done.deviceIds());
        });
        return Response.status(201).entity(ordered).build();
    }

    private RefillView view(Proposal p) {
        String tenant = tenants.require().id();
        return new RefillView(p.facilityId(), p.facilityName(), p.custodian().id(), p.custodian().displayName(), p.today(),
                p.lines().stream().map(l -> line(l, tenant)).toList());
    }

    private static RefillLineView line(ProposedLine l, String tenant) {
        var r = l.refill();
        return new RefillLineView(r.itemId(), l.item().catalogNumber(), l.item().description(), r.par(), r.onHand(),
                r.expiring(), r.suggested(), r.arithmetic(), l.proposedUnits(),
                l.devices().stream().map(d -> StockDevice.of(d, tenant)).toList());
    }
}
