package org.consigna.purchasing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.inventory.api.InventoryCatalog.ItemSummary;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.consigna.purchasing.application.CountService;
import org.consigna.purchasing.application.CountService.CountState;
import org.consigna.purchasing.domain.count.CountLine;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Physical counts of a recipient's stock, by an admin or the recipient themselves (on a phone): expected quantities
 * snapshot at the start, moves since shown per line, only ticked lines applied as ledger corrections.
 */
@Path("t/{tenant}/purchasing/counts")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CountResource {

    @Inject
    CountService counts;

    @Inject
    OneTransaction tx;

    @Inject
    InventoryCatalog catalog;

    public record StartRequest(@NotNull UUID recipientId) {
    }

    public record LineRequest(@NotNull @Min(0) @Max(CountLine.MAX_COUNTED) Integer counted, @NotNull Boolean ticked) {
    }

    /** A line: expected at the start, on hand now ({@code movedSince} the difference), counted, ticked, applied. */
    public record CountLineView(UUID itemId, String catalogNumber, String description, int expected, long onHandNow,
                                long movedSince, Integer counted, boolean ticked, Integer appliedDelta) {
    }

    public record CountView(UUID id, UUID recipientId, String status, boolean initial, Instant startedAt, Instant appliedAt,
                            List<CountLineView> lines) {

        static CountView of(CountState s, Map<UUID, ItemSummary> items) {
            return new CountView(s.count().id(), s.count().recipientId(), s.count().status().wire(), s.count().initial(),
                    s.count().startedAt(), s.count().appliedAt(), s.lines().stream().map(l -> {
                        long now = s.onHandNow().getOrDefault(l.itemId(), 0L);
                        ItemSummary item = items.get(l.itemId());
                        return new CountLineView(l.itemId(), item == null ? null : item.catalogNumber(),
                                item == null ? null : item.description(), l.expected(), now, now - l.expected(), l.counted(),
                                l.ticked(), l.appliedDelta());
                    }).toList());
        }
    }

    private CountView view(CountState state) {
        return CountView.of(state, catalog.items(state.lines().stream().map(CountLine::itemId).toList()));
    }

    @Operation(summary = "Start a physical count of a recipient's stock")
    @APIResponseSchema(value = CountView.class, responseCode = "201", responseDescription = "The new count")
    @POST
    public Response start(@NotNull @Valid StartRequest request) {
        return Response.status(201).entity(tx.run(() -> view(counts.start(request.recipientId())))).build();
    }

    @Operation(summary = "Show a count with expected, current and counted quantities")
    @GET
    @Path("{countId}")
    public CountView show(@PathParam("countId") UUID countId) {
        return tx.run(() -> view(counts.show(countId)));
    }

    @Operation(summary = "Enter the counted quantity of an item and tick it to be applied")
    @PUT
    @Path("{countId}/lines/{itemId}")
    public CountView count(@PathParam("countId") UUID countId, @PathParam("itemId") UUID itemId,
                           @NotNull @Valid LineRequest request) {
        return tx.run(() -> view(counts.count(countId, itemId, request.counted(), request.ticked())));
    }

    @Operation(summary = "Apply a count: each ticked line corrects the stock through the ledger")
    @POST
    @Path("{countId}/apply")
    public CountView apply(@PathParam("countId") UUID countId) {
        return tx.run(() -> view(counts.apply(countId)));
    }

    @Operation(summary = "Cancel a count, changing nothing")
    @POST
    @Path("{countId}/cancel")
    public CountView cancel(@PathParam("countId") UUID countId) {
        return tx.run(() -> view(counts.cancel(countId)));
    }
}
