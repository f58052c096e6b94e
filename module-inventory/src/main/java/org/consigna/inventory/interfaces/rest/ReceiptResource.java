package org.consigna.inventory.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.consigna.inventory.application.Receipt;
import org.consigna.inventory.application.ReceivingService;
import org.consigna.platform.security.TenantRole;

/**
 * Receiving devices into a custodian's custody: one request, up to 20,000 lines, all received or
 * none. Whoever may act for the custodian may receive (admins for everyone).
 */
@Path("t/{tenant}/inventory/receipts")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReceiptResource {

    public static final int MAX_LINES = 20_000;

    @Inject
    ReceivingService receiving;

    public record LineRequest(UUID itemId, String serial, String lot, LocalDate expiry, Integer quantity,
                              @Size(max = 500) String udi) {
    }

    /** Line-level rules are checked by the receiving use case, which reports every bad line at once. */
    public record ReceiptRequest(@NotNull UUID custodianId, UUID itemId, @Size(max = 200) String reference,
                                 @NotEmpty @Size(max = MAX_LINES) List<@Valid @NotNull LineRequest> lines) {
    }

    @POST
    public Response receive(@NotNull @Valid ReceiptRequest request) {
        List<Receipt.Line> lines = request.lines().stream()
                .map(l -> new Receipt.Line(l.itemId(), l.serial(), l.lot(), l.expiry(), l.quantity(), l.udi()))
                .toList();
        Receipt.Received received = receiving.receive(new Receipt(request.custodianId(), request.itemId(),
                request.reference(), lines));
        return Response.status(Response.Status.CREATED).entity(received).build();
    }
}
