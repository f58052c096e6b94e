package org.consigna.inventoryprobe;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.consigna.inventory.api.Availability;
import org.consigna.inventory.api.DeviceInventory;
import org.consigna.inventory.api.DeviceSummary;
import org.consigna.inventory.api.SourceDocument;
import org.consigna.platform.problem.ProblemException;

/** Calls {@link DeviceInventory} as another module would, inside the request of a tenant member. */
@Path("t/{tenant}/inventory-probe/devices/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InventoryApiProbe {

    @Inject
    DeviceInventory inventory;

    public record Use(int quantity, String eventId) {
    }

    public record Facility(UUID facilityId, String orderId) {
    }

    /** The api's typed summary as the REST API spells statuses and kinds. */
    public record Summary(UUID id, int quantity, String status, UUID custodianId, String custodianKind, UUID facilityId,
                          UUID pendingTransferId, String custodianName) {
        static Summary of(DeviceSummary d) {
            return new Summary(d.id(), d.quantity(), d.status().wire(), d.custodianId(), d.custodianKind().wire(),
                    d.facilityId(), d.pendingTransferId(), d.custodianName());
        }
    }

    @GET
    public Summary find(@PathParam("id") UUID id) {
        return inventory.find(id).map(Summary::of).orElseThrow(() -> ProblemException.notFound("Device", id));
    }

    @GET
    @Path("availability")
    public Availability availability(@PathParam("id") UUID id, @QueryParam("facility") UUID facility) {
        return inventory.availability(id, facility);
    }

    @POST
    @Path("consume")
    public Map<String, String> consume(@PathParam("id") UUID id, Use use) {
        return Map.of("consumedId", inventory.markConsumed(id, use.quantity(), new SourceDocument("event", use.eventId())).toString());
    }

    @POST
    @Path("reactivate")
    public Summary reactivate(@PathParam("id") UUID id, Use use) {
        return Summary.of(inventory.reactivate(id, new SourceDocument("event", use.eventId())));
    }

    @POST
    @Path("facility")
    public Summary facility(@PathParam("id") UUID id, Facility facility) {
        return Summary.of(inventory.recordFacilityChange(id, facility.facilityId(), new SourceDocument("stocking-order", facility.orderId())));
    }
}
