package org.consigna.billing.domain.close;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Compares a PO's lines with the sales order, item by item: total quantity, and unit price (the sales order's price
 * of the item; prices compared by value, so 10 and 10.00 agree).
 */
public final class PoComparison {

    private PoComparison() {
    }

    /** A PO line as the buyer entered it, resolved to an item. */
    public record PoLine(UUID itemId, int quantity, BigDecimal unitPrice) {
    }

    public static List<PoDifference> compare(BillingRecord record, String poNumber, List<BillingLine> order,
                                             List<PoLine> po, Instant now) {
        Map<UUID, Integer> orderQty = new LinkedHashMap<>();
        Map<UUID, BigDecimal> orderPrice = new LinkedHashMap<>();
        for (BillingLine line : order) {
            orderQty.merge(line.itemId(), line.quantity(), Integer::sum);
            orderPrice.putIfAbsent(line.itemId(), line.unitPrice());
        }
        Map<UUID, Integer> poQty = new LinkedHashMap<>();
        Map<UUID, BigDecimal> poPrice = new LinkedHashMap<>();
        for (PoLine line : po) {
            poQty.merge(line.itemId(), line.quantity(), Integer::sum);
            if (line.unitPrice() != null) {
                poPrice.putIfAbsent(line.itemId(), line.unitPrice());
            }
        }
        List<PoDifference> differences = new ArrayList<>();
        orderQty.forEach((item, quantity) -> {
            Integer given = poQty.get(item);
            if (given == null) {
                differences.add(new PoDifference(record.id(), poNumber, item, PoDifference.Kind.MISSING, quantity, null,
                        orderPrice.get(item), null, now));
                return;
            }
            if (given.intValue() != quantity) {
                differences.add(new PoDifference(record.id(), poNumber, item, PoDifference.Kind.QUANTITY, quantity,
                        given, null, null, now));
            }
            BigDecimal price = poPrice.get(item);
            BigDecimal ours = orderPrice.get(item);
            if (price != null && (ours == null || price.compareTo(ours) != 0)) {
                differences.add(new PoDifference(record.id(), poNumber, item, PoDifference.Kind.PRICE, null, null, ours,
                        price, now));
            }
        });
        poQty.forEach((item, quantity) -> {
            if (!orderQty.containsKey(item)) {
                differences.add(new PoDifference(record.id(), poNumber, item, PoDifference.Kind.EXTRA, null, quantity,
                        null, poPrice.get(item), now));
            }
        });
        return differences;
    }
}
