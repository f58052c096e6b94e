package org.consigna.billing.interfaces.rest.salesorder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consigna.billing.application.close.BillingAccess;
import org.consigna.billing.application.close.BillingRecords;
import org.consigna.billing.application.close.BillingView;
import org.consigna.billing.application.salesorder.SalesOrders;
import org.consigna.billing.domain.salesorder.SalesOrderPdf;
import org.consigna.billing.domain.salesorder.SalesOrderShare;
import org.consigna.platform.input.OptionalBody;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * A closed event's sales order: the PDF for every member (the patient id in full only for those who may act on the
 * event), shared by e-mail by those who may act, and the log of its shares.
 */
@Path("t/{tenant}/billing")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class SalesOrderResource {

    @Inject
    SalesOrders salesOrders;

    @Inject
    BillingRecords records;

    @Inject
    BillingAccess access;

    @Inject
    OneTransaction tx;

    /** @param to the recipient; the facility's first billing contact when absent */
    public record ShareRequest(@Email @Size(max = 320) String to) {
    }

    public record ShareView(UUID id, UUID eventId, String to, UUID sharedBy, Instant sharedAt) {
        static ShareView of(SalesOrderShare s) {
            return new ShareView(s.id(), s.eventId(), s.recipient(), s.sharedBy(), s.sharedAt());
        }
    }

    public record SharesView(Instant lastSharedAt, List<ShareView> items) {
    }

    @Operation(summary = "Download the sales order of a closed event as PDF")
    @APIResponseSchema(value = String.class, responseDescription = "The sales order (application/pdf)")
    @GET
    @Path("events/{id}/sales-order.pdf")
    @Produces(SalesOrderPdf.CONTENT_TYPE)
    public Response pdf(@PathParam("id") UUID id) {
        byte[] pdf = tx.run(() -> {
            BillingView view = records.require(id);
            return salesOrders.pdf(id, access.mayAct(view.representativeId()));
        });
        return Response.ok(pdf, SalesOrderPdf.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + salesOrders.fileName(id) + "\"").build();
    }

    @Operation(summary = "E-mail the sales order to the facility's first billing contact or a given address")
    @RequestBodySchema(ShareRequest.class)
    @APIResponseSchema(value = ShareView.class, responseCode = "201", responseDescription = "The share, logged; the mail is sent after commit")
    @POST
    @Path("events/{id}/sales-order/shares")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response share(@PathParam("id") UUID id, String body) {
        ShareRequest request = OptionalBody.read(body, ShareRequest.class, new ShareRequest(null));
        ShareView share = tx.run(() -> {
            access.requireMayAct(records.require(id).representativeId());
            return ShareView.of(salesOrders.share(id, request.to(), access.actorId()));
        });
        return Response.status(201).entity(share).build();
    }

    // Not paged: the shares of one sales order, a handful.
    @Operation(summary = "List who shared the sales order, to whom and when, with the most recent share time")
    @GET
    @Path("events/{id}/sales-order/shares")
    public SharesView shares(@PathParam("id") UUID id) {
        return tx.run(() -> {
            records.require(id);
            List<ShareView> items = salesOrders.shares(id).stream().map(ShareView::of).toList();
            return new SharesView(items.isEmpty() ? null : items.get(items.size() - 1).sharedAt(), items);
        });
    }
}
