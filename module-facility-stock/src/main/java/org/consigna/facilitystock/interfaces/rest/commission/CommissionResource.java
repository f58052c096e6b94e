package org.consigna.facilitystock.interfaces.rest.commission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.consigna.facilitystock.application.commission.CommissionPayments;
import org.consigna.facilitystock.application.commission.CommissionSettingsService;
import org.consigna.facilitystock.domain.commission.CommissionRepository.LineFilter;
import org.consigna.facilitystock.domain.commission.CommissionRepository.LineKey;
import org.consigna.facilitystock.domain.commission.CommissionRepository.PaidLine;
import org.consigna.facilitystock.interfaces.rest.commission.CommissionViews.FlagView;
import org.consigna.facilitystock.interfaces.rest.commission.CommissionViews.LineView;
import org.consigna.facilitystock.interfaces.rest.commission.CommissionViews.RateView;
import org.consigna.facilitystock.interfaces.rest.commission.CommissionViews.SplitView;
import org.consigna.platform.input.OptionalBody;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.consigna.platform.input.QueryParameters;

/**
 * Commissions: admins keep rates, the split and events' "no commission" flags, and mark lines paid; every member
 * lists and exports lines (a rep only their own) per rep and period.
 */
@Path("t/{tenant}/facility-stock/commissions")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommissionResource {

    /** Rows an export holds at most. */
    static final int EXPORT_LIMIT = 50_000;

    @Inject
    CommissionSettingsService settings;

    @Inject
    CommissionPayments payments;

    @Inject
    OneTransaction tx;

    public record RateRequest(@NotNull UUID repId, UUID surgeonId,
                              @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                              BigDecimal ratePercent) {
    }

    public record SplitRequest(@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                               BigDecimal sellerPercent,
                               @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                               BigDecimal coveringPercent) {
    }

    public record FlagRequest(@NotNull Boolean noCommission, @Size(max = 500) String reason) {
    }

    public record PaymentRequest(@Size(max = 100) String reference) {
    }

    @Operation(summary = "Set a rep's commission rate, for all cases or for one surgeon's (which wins)")
    @PUT
    @Path("rates")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public RateView setRate(@NotNull @Valid RateRequest request) {
        return RateView.of(settings.setRate(request.repId(), request.surgeonId(), request.ratePercent()));
    }

    @Operation(summary = "List commission rates")
    @GET
    @Path("rates")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public Page<RateView> rates(@BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("commission-rates", 1);
        return Page.of(settings.rates(after == null ? null : after.uuid(0), page.fetchSize()), page,
                r -> Cursor.encode("commission-rates", r.id())).map(RateView::of);
    }

    @Operation(summary = "Show the split of facility-stock commissions between seller and covering rep")
    @GET
    @Path("split")
    public SplitView split() {
        return SplitView.of(settings.split());
    }

    @Operation(summary = "Set the split of facility-stock commissions between seller and covering rep (sums to 100)")
    @PUT
    @Path("split")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public SplitView setSplit(@NotNull @Valid SplitRequest request) {
        return SplitView.of(settings.setSplit(request.sellerPercent(), request.coveringPercent()));
    }

    @Operation(summary = "Show an event's no-commission flag")
    @GET
    @Path("events/{eventId}")
    public FlagView flag(@PathParam("eventId") UUID eventId) {
        return FlagView.of(settings.flagOf(eventId));
    }

    @Operation(summary = "Set or clear an event's no-commission flag (applies to its next submit)")
    @PUT
    @Path("events/{eventId}")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public FlagView setFlag(@PathParam("eventId") UUID eventId, @NotNull @Valid FlagRequest request) {
        return FlagView.of(settings.flag(eventId, request.noCommission(), request.reason()));
    }

    @Operation(summary = "List commission lines, newest first, per rep and period")
    @GET
    @Path("lines")
    public Page<LineView> lines(@QueryParam("rep") UUID repId, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("paid") Boolean paid,
                                @QueryParam("event") UUID eventId, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("commission-lines", 2);
        List<PaidLine> found = payments.lines(filter(repId, from, to, paid, eventId),
                after == null ? null : new LineKey(after.instant(0), after.uuid(1)), page.fetchSize());
        return Page.of(found, page, l -> Cursor.encode("commission-lines", l.line().recordedAt(), l.line().id()))
                .map(LineView::of);
    }

    @Operation(summary = "Export commission lines as CSV, per rep and period")
    @APIResponseSchema(value = String.class, responseDescription = "The commission lines as CSV, newest first")
    @GET
    @Path("lines/export")
    @Produces("text/csv")
    public Response export(@QueryParam("rep") UUID repId, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("paid") Boolean paid, @QueryParam("event") UUID eventId) {
        LineFilter filter = filter(repId, from, to, paid, eventId);
        List<Object[]> rows = new ArrayList<>();
        LineKey after = null;
        while (rows.size() < EXPORT_LIMIT) {
            List<PaidLine> page = payments.lines(filter, after, 1000);
            page.forEach(l -> rows.add(CommissionViews.csvRow(LineView.of(l))));
            if (page.size() < 1000) {
                break;
            }
            PaidLine last = page.get(page.size() - 1);
            after = new LineKey(last.line().recordedAt(), last.line().id());
        }
        return Response.ok(CommissionViews.csv(rows))
                .header("Content-Disposition", "attachment; filename=\"commissions.csv\"").build();
    }

    @Operation(summary = "Mark a commission line paid (once)")
    @RequestBodySchema(PaymentRequest.class)
    @POST
    @Path("lines/{id}/payment")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public LineView pay(@PathParam("id") UUID lineId, String body) {
        PaymentRequest request = OptionalBody.read(body, PaymentRequest.class, null);
        return tx.run(() -> LineView.of(payments.pay(lineId, request == null ? null : request.reference())));
    }

    /** Lines of the rep (all: none given) recorded from the first day through the last day given, UTC. */
    private static LineFilter filter(UUID repId, String from, String to, Boolean paid, UUID eventId) {
        LocalDate first = QueryParameters.date("from", from);
        LocalDate last = QueryParameters.date("to", to);
        Instant start = first == null ? null : first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = last == null ? null : last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new LineFilter(repId, start, end, paid, eventId);
    }
}
