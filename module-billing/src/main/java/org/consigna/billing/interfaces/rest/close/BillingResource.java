package org.consigna.billing.interfaces.rest.close;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.consigna.billing.application.close.BillingRecords;
import org.consigna.billing.application.close.CloseCommand;
import org.consigna.billing.application.close.CloseService;
import org.consigna.billing.application.close.PoLineInput;
import org.consigna.billing.application.close.Review;
import org.consigna.billing.application.close.BillingView;
import org.consigna.billing.application.salesorder.SalesOrders;
import org.consigna.billing.domain.close.BillingLine;
import org.consigna.billing.domain.close.BillingRecord;
import org.consigna.billing.domain.close.Signature;
import org.consigna.billing.interfaces.rest.close.BillingViews.BillingEventView;
import org.consigna.billing.interfaces.rest.close.BillingViews.ChangeView;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Sign and close an event (review its prices, both signatures), its billing view and history, manual prices while
 * closed, the PO number that completes a sale (with its lines compared with the sales order) and the pending-PO list.
 */
@Path("t/{tenant}/billing")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BillingResource {

    /** A base64 PNG of the maximum size, with room for a data-URL prefix and line breaks. */
    static final int MAX_DRAWN_CHARS = (Signature.MAX_IMAGE_BYTES / 3 + 1) * 4 + 1024;

    @Inject
    CloseService closing;

    @Inject
    BillingRecords records;

    @Inject
    OneTransaction tx;

    @Inject
    SalesOrders salesOrders;

    /** Billing's view with the sales order's last share time. */
    private BillingEventView view(BillingView v) {
        return BillingEventView.of(v, salesOrders.lastSharedAt(v.eventId()).orElse(null));
    }

    public record SignatureRequest(@Size(max = MAX_DRAWN_CHARS) String drawn,
                                   @Size(max = Signature.MAX_NAME) String typedName) {
    }

    public record Signatures(@Valid SignatureRequest rep, @Valid SignatureRequest provider) {
    }

    public record LineReviewRequest(@NotNull UUID lineId, @DecimalMin("0") @Digits(integer = 13, fraction = 6) BigDecimal unitPrice,
                                    @Size(max = BillingLine.MAX_REASON) String reason) {
    }

    public record ReplenishRequest(boolean all, @Size(max = 500) List<@NotNull UUID> lineIds, UUID fromCustodianId) {
    }

    public record CloseRequest(@Size(max = 500) List<@NotNull @Valid LineReviewRequest> lines,
                               @Valid Signatures signatures, @Size(max = BillingRecord.MAX_PO) String poNumber,
                               @Valid ReplenishRequest replenish) {
    }

    public record PriceRequest(@NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 6) BigDecimal unitPrice,
                               @NotBlank @Size(max = BillingLine.MAX_REASON) String reason) {
    }

    public record PoLineRequest(UUID itemId, UUID lineId, @NotNull @Min(0) Integer quantity,
                                @DecimalMin("0") @Digits(integer = 13, fraction = 6) BigDecimal unitPrice) {
    }

    public record PoRequest(@NotBlank @Size(max = BillingRecord.MAX_PO) String poNumber,
                            @Size(max = 500) List<@NotNull @Valid PoLineRequest> lines, Boolean correction) {
    }

    @Operation(summary = "Review the lines an event's closing would bill, with resolved prices and their source")
    @GET
    @Path("events/{id}/review")
    public Review review(@PathParam("id") UUID id) {
        return tx.run(() -> closing.review(id));
    }

    @Operation(summary = "Sign and close an event for billing")
    @POST
    @Path("events/{id}/close")
    public BillingEventView close(@PathParam("id") UUID id, @NotNull @Valid CloseRequest request) {
        Signatures signatures = request.signatures() == null ? new Signatures(null, null) : request.signatures();
        CloseCommand command = new CloseCommand(request.lines() == null ? List.of() : request.lines().stream()
                .map(l -> new CloseCommand.LineReview(l.lineId(), l.unitPrice(), l.reason())).toList(),
                signature(signatures.rep()), signature(signatures.provider()), request.poNumber(),
                request.replenish() != null && request.replenish().all(),
                request.replenish() == null ? List.of() : request.replenish().lineIds(),
                request.replenish() == null ? null : request.replenish().fromCustodianId());
        return tx.run(() -> view(closing.close(id, command)));
    }

    @Operation(summary = "Show an event's billing: status, priced lines, totals, signatures, PO")
    @GET
    @Path("events/{id}")
    public BillingEventView show(@PathParam("id") UUID id) {
        return tx.run(() -> view(records.require(id)));
    }

    // Not paged: one event's billing steps, bounded by what can happen to one case.
    @Operation(summary = "Show the history of an event's billing")
    @GET
    @Path("events/{id}/history")
    public List<ChangeView> history(@PathParam("id") UUID id) {
        return records.history(id).stream().map(ChangeView::of).toList();
    }

    @Operation(summary = "Set a line's unit price by hand, with the reason")
    @PUT
    @Path("events/{id}/lines/{lineId}/price")
    public BillingEventView price(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId,
                                  @NotNull @Valid PriceRequest request) {
        return tx.run(() -> view(records.overridePrice(id, lineId, request.unitPrice(), request.reason())));
    }

    @Operation(summary = "Enter the PO number of a closed sale event, completing it")
    @PUT
    @Path("events/{id}/po")
    public BillingEventView po(@PathParam("id") UUID id, @NotNull @Valid PoRequest request) {
        List<PoLineInput> lines = request.lines() == null ? List.of() : request.lines().stream()
                .map(l -> new PoLineInput(l.itemId(), l.lineId(), l.quantity(), l.unitPrice())).toList();
        return tx.run(() -> view(records.enterPoAsCaller(id, request.poNumber(), lines,
                Boolean.TRUE.equals(request.correction()))));
    }

    @Operation(summary = "List closed sale events waiting for their PO number, oldest first")
    @GET
    @Path("pending-po")
    public Page<BillingEventView> pendingPo(@QueryParam("facilityId") UUID facilityId,
                                            @QueryParam("representativeId") UUID representativeId,
                                            @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("pending-po", 2);
        return tx.run(() -> Page.of(records.pendingPo(facilityId, representativeId,
                        after == null ? null : after.instant(0), after == null ? null : after.uuid(1), page.fetchSize()),
                page, v -> Cursor.encode("pending-po", v.closedAt(), v.recordId())).map(this::view));
    }

    private static CloseCommand.SignatureInput signature(SignatureRequest request) {
        return request == null ? null : new CloseCommand.SignatureInput(request.drawn(), request.typedName());
    }
}
