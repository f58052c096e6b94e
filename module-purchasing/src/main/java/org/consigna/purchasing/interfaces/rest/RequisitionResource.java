package org.consigna.purchasing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.consigna.purchasing.application.RequisitionService;
import org.consigna.purchasing.application.RequisitionService.RequisitionState;
import org.consigna.purchasing.application.RequisitionService.ToOrder;
import org.consigna.purchasing.application.RequisitionService.Wanted;
import org.consigna.purchasing.domain.requisition.Requisition;
import org.consigna.purchasing.domain.requisition.RequisitionLine;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Purchase requisitions: a recipient (or an admin for them) asks for items when the tenant allows it; an admin
 * orders them, split across purchase orders and vendors if need be, the remainder later; or rejects them.
 */
@Path("t/{tenant}/purchasing/requisitions")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequisitionResource {

    @Inject
    RequisitionService requisitions;

    @Inject
    OneTransaction tx;

    public record WantedRequest(@NotNull UUID itemId, @NotNull @Min(1) @Max(1_000_000) Integer quantity) {
    }

    public record RequisitionRequest(@NotNull UUID recipientId, @NotEmpty @Size(max = 200) List<@NotNull @Valid WantedRequest> lines) {
    }

    public record OrderLineRequest(@NotNull UUID lineId, @NotNull @Min(1) @Max(1_000_000) Integer quantity, UUID vendorId) {
    }

    public record OrderRequest(@NotEmpty @Size(max = 200) List<@NotNull @Valid OrderLineRequest> lines) {
    }

    public record RejectRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record RequisitionLineView(UUID id, int position, UUID itemId, int quantity, int ordered, int remaining) {

        static RequisitionLineView of(RequisitionLine l) {
            return new RequisitionLineView(l.id(), l.position(), l.itemId(), l.quantity(), l.ordered(), l.remaining());
        }
    }

    public record RequisitionView(UUID id, long number, UUID recipientId, String status, String source, String sourceRef,
                                  Instant createdAt, String rejectReason, List<RequisitionLineView> lines,
                                  List<UUID> purchaseOrderIds) {

        static RequisitionView of(RequisitionState s) {
            Requisition r = s.requisition();
            return new RequisitionView(r.id(), r.number(), r.recipientId(), r.status().wire(), r.source(), r.sourceRef(),
                    r.createdAt(), r.rejectReason(), s.lines().stream().map(RequisitionLineView::of).toList(),
                    s.orders().stream().map(o -> o.id()).toList());
        }
    }

    public record RequisitionSummary(UUID id, long number, UUID recipientId, String status, String source, Instant createdAt) {

        static RequisitionSummary of(Requisition r) {
            return new RequisitionSummary(r.id(), r.number(), r.recipientId(), r.status().wire(), r.source(), r.createdAt());
        }
    }

    @Operation(summary = "List requisitions, newest first")
    @GET
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public Page<RequisitionSummary> list(@BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("requisitions", 2);
        return Page.of(requisitions.page(after == null ? null : after.instant(0), after == null ? null : after.uuid(1),
                page.fetchSize()), page, r -> Cursor.encode("requisitions", r.createdAt(), r.id())).map(RequisitionSummary::of);
    }

    @Operation(summary = "Request items for a recipient")
    @APIResponseSchema(value = RequisitionView.class, responseCode = "201", responseDescription = "The new requisition")
    @POST
    public Response request(@NotNull @Valid RequisitionRequest request) {
        return Response.status(201).entity(tx.run(() -> RequisitionView.of(requisitions.request(request.recipientId(),
                request.lines().stream().map(l -> new Wanted(l.itemId(), l.quantity())).toList())))).build();
    }

    @Operation(summary = "Show a requisition with what is ordered and what is left")
    @GET
    @Path("{requisitionId}")
    public RequisitionView show(@PathParam("requisitionId") UUID requisitionId) {
        return tx.run(() -> RequisitionView.of(requisitions.show(requisitionId)));
    }

    @Operation(summary = "Order units of a requisition's lines: one purchase order per vendor")
    @POST
    @Path("{requisitionId}/orders")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public RequisitionView order(@PathParam("requisitionId") UUID requisitionId, @NotNull @Valid OrderRequest request) {
        return tx.run(() -> RequisitionView.of(requisitions.order(requisitionId, request.lines().stream()
                .map(l -> new ToOrder(l.lineId(), l.quantity(), l.vendorId())).toList())));
    }

    @Operation(summary = "Reject a requisition with a reason")
    @POST
    @Path("{requisitionId}/reject")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public RequisitionView reject(@PathParam("requisitionId") UUID requisitionId, @NotNull @Valid RejectRequest request) {
        return tx.run(() -> RequisitionView.of(requisitions.reject(requisitionId, request.reason())));
    }
}
