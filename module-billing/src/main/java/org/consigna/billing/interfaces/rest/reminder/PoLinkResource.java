package org.consigna.billing.interfaces.rest.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.consigna.billing.application.reminder.PoLinkService;
import org.consigna.billing.application.reminder.PoLinkService.LinkView;
import org.consigna.billing.domain.close.BillingRecord;
import org.consigna.billing.domain.salesorder.SalesOrderPdf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The hospital buyer's PO link, outside the tenant routes and without a token: the signed link is the only key, and
 * it reaches one event's summary, its sales order and its PO entry, once.
 */
@Path("public/billing/po-links/{token}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PoLinkResource {

    @Inject
    PoLinkService links;

    public record PoEntry(@NotBlank @Size(max = BillingRecord.MAX_PO) String poNumber) {
    }

    @Operation(summary = "Show what a PO link is for: the event, its facility, total and status")
    @GET
    public LinkView show(@PathParam("token") String token) {
        return links.open(token);
    }

    @Operation(summary = "Download the sales order a PO link is for (patient id masked)")
    @APIResponseSchema(value = String.class, responseDescription = "The sales order (application/pdf)")
    @GET
    @Path("sales-order.pdf")
    @Produces(SalesOrderPdf.CONTENT_TYPE)
    public Response salesOrder(@PathParam("token") String token) {
        return Response.ok(links.salesOrder(token), SalesOrderPdf.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"sales-order.pdf\"").build();
    }

    @Operation(summary = "Enter the PO number through a PO link, which completes the event; the link then stops working")
    @POST
    @Path("po")
    @Consumes(MediaType.APPLICATION_JSON)
    public LinkView enterPo(@PathParam("token") String token, @NotNull @Valid PoEntry entry) {
        return links.enterPo(token, entry.poNumber());
    }
}
