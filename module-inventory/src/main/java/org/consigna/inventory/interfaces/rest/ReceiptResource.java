package org.consigna.inventory.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.consigna.inventory.application.Receipt;
import org.consigna.inventory.application.ReceivingService;
import org.consigna.platform.input.ScannedText;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Receiving devices into a custodian's custody: one request, up to 20,000 devices, all received or
 * none. Whoever may act for the custodian may receive (admins for everyone).
 */
@Path("t/{tenant}/inventory/receipts")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReceiptResource {

    public static final int MAX_DEVICES = 20_000;

    @Inject
    ReceivingService receiving;

    /** One device or lot quantity; item, lot and expiry default to the receipt's. */
    public record LineRequest(UUID itemId, String serial, String lot, LocalDate expiry, Integer quantity,
                              @ScannedText String udi) {
    }

    /**
     * {@code serials} is the short form of a scanner batch: one serialized device per serial, with the
     * receipt's item, lot and expiry. Lines are checked one by one by the receiving use case, which
     * reports every bad line at once, so they carry no bean constraints (that would also cost
     * thousands of validations on a bulk receipt).
     */
    public record ReceiptRequest(@NotNull UUID custodianId, UUID itemId, @Size(max = 100) String lot, LocalDate expiry,
                                 @Size(max = 200) String reference, @Size(max = MAX_DEVICES) List<LineRequest> lines,
                                 @Size(max = MAX_DEVICES) List<String> serials) {
    }

    @Operation(summary = "Receive devices into a custodian's stock")
    @APIResponseSchema(value = Receipt.Received.class, responseCode = "201", responseDescription = "The receipt and the devices received")
    @POST
    public Response receive(@NotNull @Valid ReceiptRequest request) {
        List<Receipt.Line> lines = new ArrayList<>();
        if (request.lines() != null) {
            for (LineRequest l : request.lines()) {
                lines.add(l == null ? new Receipt.Line(null, null, null, null, null, null)
                        : new Receipt.Line(l.itemId(), l.serial(), l.lot() != null ? l.lot() : request.lot(),
                        l.expiry() != null ? l.expiry() : request.expiry(), l.quantity(), l.udi()));
            }
        }
        if (request.serials() != null) {
            request.serials().forEach(serial -> lines.add(new Receipt.Line(null, serial, request.lot(), request.expiry(), null, null)));
        }
        if (lines.isEmpty() || lines.size() > MAX_DEVICES) {
            throw ProblemException.badRequest("invalid-receipt", "A receipt has between 1 and " + MAX_DEVICES
                    + " devices, given as lines or serials");
        }
        Receipt.Received received = receiving.receive(new Receipt(request.custodianId(), request.itemId(),
                request.reference(), lines));
        return Response.status(Response.Status.CREATED).entity(received).build();
    }
}
