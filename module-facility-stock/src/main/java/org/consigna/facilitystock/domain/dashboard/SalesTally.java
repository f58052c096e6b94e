package org.consigna.facilitystock.domain.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.consigna.facilitystock.domain.commission.BaseAmounts;

/**
 * What one submitted event adds to the dashboard: a device sold to the facility by a stocking order counts as sold,
 * facility stock used up in a case counts as consumed; both under the rep who sold it (the device's custodian), the
 * event's facility and the month of the event's date. Anything else (consigned stock used in a sale case) is not
 * facility stock and counts nowhere here.
 */
public final class SalesTally {

    private SalesTally() {
    }

    /** One device line as submitted. */
    public record Line(UUID itemId, int quantity, UUID sellerId, boolean soldToFacility, boolean facilityStock,
                       boolean consumed) {
    }

    /** Where a line counts. Ordered, so concurrent submits touch rollup rows in one order. */
    public record Key(LocalDate month, UUID facilityId, UUID itemId, UUID repId) implements Comparable<Key> {

        @Override
        public int compareTo(Key o) {
            int c = month.compareTo(o.month);
            c = c != 0 ? c : facilityId.compareTo(o.facilityId);
            c = c != 0 ? c : itemId.compareTo(o.itemId);
            return c != 0 ? c : repId.compareTo(o.repId);
        }
    }

    public static LocalDate monthOf(LocalDate date) {
        return date.withDayOfMonth(1);
    }

    public static Map<Key, Amounts> of(LocalDate eventDate, UUID facilityId, List<Line> lines,
                                       Map<UUID, BigDecimal> unitPrices) {
        Map<Key, Amounts> tally = new TreeMap<>();
        for (Line line : lines) {
            if (line.itemId() == null || line.sellerId() == null || facilityId == null) {
                continue;
            }
            BigDecimal value = BaseAmounts.of(unitPrices, line.itemId(), line.quantity());
            Amounts amounts;
            if (line.soldToFacility()) {
                amounts = new Amounts(line.quantity(), value, 0, BigDecimal.ZERO);
            } else if (line.facilityStock() && line.consumed()) {
                amounts = new Amounts(0, BigDecimal.ZERO, line.quantity(), value);
            } else {
                continue;
            }
            tally.merge(new Key(monthOf(eventDate), facilityId, line.itemId(), line.sellerId()), amounts, Amounts::plus);
        }
        return tally;
    }
}
