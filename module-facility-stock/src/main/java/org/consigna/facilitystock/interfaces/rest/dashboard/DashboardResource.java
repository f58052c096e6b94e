package org.consigna.facilitystock.interfaces.rest.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.consigna.facilitystock.application.dashboard.DashboardService;
import org.consigna.facilitystock.domain.dashboard.Amounts;
import org.consigna.facilitystock.domain.dashboard.Dimension;
import org.consigna.facilitystock.domain.dashboard.SalesRollups;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.consigna.platform.input.QueryParameters;

/**
 * The facility-stock sales dashboard: units and value sold to facilities through stocking orders against units and
 * value consumed from facility stock in cases, grouped by facility, item, rep (who sold it) or month, with totals.
 */
@Path("t/{tenant}/facility-stock/dashboard")
@RolesAllowed(TenantRole.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    /** Months one request may span. */
    static final int MAX_MONTHS = 36;

    @Inject
    DashboardService dashboard;

    @Inject
    OneTransaction tx;

    /** Units and value, sold and consumed. */
    public record Figures(Flow sold, Flow consumed) {

        static Figures of(Amounts a) {
            return new Figures(new Flow(a.soldUnits(), a.soldValue()), new Flow(a.consumedUnits(), a.consumedValue()));
        }
    }

    /** Units and their value at list price. */
    public record Flow(long units, BigDecimal value) {
    }

    /** One group: the facility, item or rep id, or the month ({@code 2026-03}). */
    public record Group(String key, Figures figures) {
    }

    /** The dashboard over the months {@code from}..{@code to}: its groups in key order, and the totals. */
    public record DashboardView(String from, String to, String groupBy, List<Group> groups, Figures totals) {
    }

    @Operation(summary = "Facility-stock sales dashboard: sold vs consumed by facility, item, rep or month, with totals")
    @GET
    public DashboardView show(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("groupBy") String groupBy) {
        YearMonth current = YearMonth.now();
        YearMonth last = QueryParameters.month("to", to, current);
        YearMonth first = QueryParameters.month("from", from, last.minusMonths(11));
        if (first.isAfter(last) || first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            throw QueryParameters.rule("from", "must be a month no later than 'to' and at most " + MAX_MONTHS
                    + " months before it");
        }
        Dimension dimension = dimension(groupBy);
        var read = tx.run(() -> dashboard.read(dimension, first.atDay(1), last.atDay(1)));
        List<Group> groups = read.groups().stream().map(r -> new Group(keyOf(r), Figures.of(r.amounts()))).toList();
        return new DashboardView(first.toString(), last.toString(), dimension.wire(), groups, Figures.of(read.totals()));
    }

    private static String keyOf(SalesRollups.Row row) {
        return row.month() != null ? YearMonth.from(row.month()).toString() : row.keyId().toString();
    }

    private static Dimension dimension(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return Dimension.MONTH;
        }
        for (Dimension d : Dimension.values()) {
            if (d.wire().equals(groupBy.trim())) {
                return d;
            }
        }
        throw QueryParameters.refused("groupBy", "facility, item, rep or month", groupBy);
    }
}
