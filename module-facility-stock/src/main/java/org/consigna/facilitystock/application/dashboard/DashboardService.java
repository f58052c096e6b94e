package org.consigna.facilitystock.application.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.consigna.events.api.EventSubmitted;
import org.consigna.facilitystock.domain.commission.BaseAmounts;
import org.consigna.facilitystock.domain.dashboard.Amounts;
import org.consigna.facilitystock.domain.dashboard.Dimension;
import org.consigna.facilitystock.domain.dashboard.SalesRollups;
import org.consigna.facilitystock.domain.dashboard.SalesTally;

/** Keeps the dashboard's rollups with the events' submits and reopens, and reads them. */
@ApplicationScoped
@Transactional
public class DashboardService {

    @Inject
    SalesRollups rollups;

    @Inject
    BaseAmounts baseAmounts;

    /** Adds what the submitted event sold to its facility or consumed of facility stock. */
    public void record(EventSubmitted submitted) {
        List<SalesTally.Line> lines = submitted.lines().stream()
                .filter(l -> l.soldToFacility() || (l.facilityStock() && l.consumed()))
                .map(l -> new SalesTally.Line(l.itemId(), l.quantity(), l.custodianId(), l.soldToFacility(),
                        l.facilityStock(), l.consumed()))
                .toList();
        if (lines.isEmpty()) {
            return;
        }
        LocalDate date = submitted.eventDate() != null ? submitted.eventDate()
                : LocalDate.ofInstant(submitted.submittedAt(), ZoneOffset.UTC);
        var prices = baseAmounts.unitPrices(lines.stream().map(SalesTally.Line::itemId).toList());
        Map<SalesTally.Key, Amounts> tally = SalesTally.of(date, submitted.facilityId(), lines, prices);
        rollups.add(submitted.eventId(), submitted.submission(), tally);
    }

    /** Takes back what the reopened event's submission added. */
    public void takeBack(java.util.UUID eventId) {
        rollups.takeBack(eventId);
    }

    /** The dimension's groups over the months from..to (inclusive), and the totals over the same months. */
    public Dashboard read(Dimension dimension, LocalDate fromMonth, LocalDate toMonth) {
        List<SalesRollups.Row> groups = rollups.totals(dimension, fromMonth, toMonth);
        List<SalesRollups.Row> months = dimension == Dimension.MONTH ? groups
                : rollups.totals(Dimension.MONTH, fromMonth, toMonth);
        Amounts totals = months.stream().map(SalesRollups.Row::amounts).reduce(Amounts.ZERO, Amounts::plus);
        return new Dashboard(groups, totals);
    }

    /** The groups and the totals of a dashboard read. */
    public record Dashboard(List<SalesRollups.Row> groups, Amounts totals) {
    }
}
