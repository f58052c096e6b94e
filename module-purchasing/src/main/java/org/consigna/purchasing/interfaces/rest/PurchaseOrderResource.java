package org.consigna.purchasing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.platform.input.OptionalBody;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.consigna.platform.wire.WireEnum;
import org.consigna.purchasing.application.PurchaseOrderCsv;
import org.consigna.purchasing.application.PurchaseOrderService;
import org.consigna.purchasing.application.PurchaseOrderService.Arrival;
import org.consigna.purchasing.domain.order.PurchaseOrder;
import org.consigna.purchasing.domain.order.PurchaseOrderLine;
import org.consigna.purchasing.domain.order.PurchaseOrderStatus;
import org.consigna.purchasing.interfaces.rest.PurchasingViews.OrderSummary;
import org.consigna.purchasing.interfaces.rest.PurchasingViews.OrderView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Purchase orders: never edited once saved; received in full or in parts (stock arrives through inventory's ledger,
 * more than ordered is refused) or cancelled with a reason; downloadable as CSV for vendors without a connector.
 */
@Path("t/{tenant}/purchasing/purchase-orders")
@RolesAllowed(TenantRole.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurchaseOrderResource {

    @Inject
    PurchaseOrderService orders;

    @Inject
    OneTransaction tx;

    @Inject
    InventoryCatalog catalog;

    public record ArrivalRequest(@NotNull UUID lineId, @NotNull @Min(1) @Max(1_000_000) Integer quantity,
                                 @Size(max = 100) String lot, LocalDate expiry) {
    }

    public record ReceiptRequest(@NotEmpty @Size(max = 1000) List<@NotNull @Valid ArrivalRequest> lines) {
    }

    public record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** Where to send the order; the vendor's address when left out. */
    public record EmailRequest(@Email @Size(max = 320) String to) {
    }

    @Operation(summary = "List purchase orders, newest first")
    @GET
    public Page<OrderSummary> list(@QueryParam("status") @Pattern(regexp = "open|partially-received|received|cancelled") String status,
                                   @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("purchase-orders", 2);
        List<PurchaseOrder> found = orders.page(WireEnum.fromWire(PurchaseOrderStatus.class, status),
                after == null ? null : after.instant(0), after == null ? null : after.uuid(1), page.fetchSize());
        var vendors = orders.vendorsOf(found);
        return Page.of(found, page, o -> Cursor.encode("purchase-orders", o.createdAt(), o.id()))
                .map(o -> OrderSummary.of(o, vendors.get(o.vendorId())));
    }

    @Operation(summary = "Show a purchase order with its lines and receipts")
    @GET
    @Path("{orderId}")
    public OrderView show(@PathParam("orderId") UUID orderId) {
        return view(orders.require(orderId));
    }

    @Operation(summary = "Receive units of a purchase order, in full or in part")
    @POST
    @Path("{orderId}/receipts")
    public OrderView receive(@PathParam("orderId") UUID orderId, @NotNull @Valid ReceiptRequest request) {
        return tx.run(() -> view(orders.receive(orderId, request.lines().stream()
                .map(l -> new Arrival(l.lineId(), l.quantity(), l.lot(), l.expiry())).toList())));
    }

    @Operation(summary = "Cancel a purchase order with a reason")
    @POST
    @Path("{orderId}/cancel")
    public OrderView cancel(@PathParam("orderId") UUID orderId, @NotNull @Valid CancelRequest request) {
        return tx.run(() -> view(orders.cancel(orderId, request.reason())));
    }

    @Operation(summary = "E-mail a purchase order with its CSV to the vendor (or another address)")
    @RequestBodySchema(EmailRequest.class)
    @POST
    @Path("{orderId}/email")
    public OrderView email(@PathParam("orderId") UUID orderId, String body) {
        EmailRequest request = OptionalBody.read(body, EmailRequest.class, new EmailRequest(null));
        return tx.run(() -> view(orders.email(orderId, request.to())));
    }

    @Operation(summary = "Download a purchase order as CSV")
    @APIResponseSchema(value = String.class, responseDescription = "The purchase order's lines as CSV")
    @GET
    @Path("{orderId}/export")
    @Produces("text/csv")
    public Response csv(@PathParam("orderId") UUID orderId) {
        PurchaseOrder order = orders.require(orderId);
        List<PurchaseOrderLine> lines = orders.lines(orderId);
        StreamingOutput body = out -> PurchaseOrderCsv.write(order, lines, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"purchase-order-" + order.number() + ".csv\"").build();
    }

    private OrderView view(PurchaseOrder order) {
        List<PurchaseOrderLine> lines = orders.lines(order.id());
        return OrderView.of(order, orders.vendorsOf(List.of(order)).get(order.vendorId()), lines, orders.receipts(order.id()),
                catalog.items(lines.stream().map(PurchaseOrderLine::itemId).toList()));
    }
}
