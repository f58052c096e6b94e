package org.consigna.billing.application.close;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The lines a closing would bill, before closing, with their resolved prices and where each came from.
 *
 * @param status the events module's status of the event
 */
public record Review(UUID eventId, String status, boolean billingApplies, String currency, List<Line> lines,
                     BigDecimal total) {

    public Review {
        lines = List.copyOf(lines);
    }

    /**
     * @param source {@code contract}, {@code price-list} or {@code list-price}; null when the item has no price here
     */
    public record Line(UUID lineId, UUID itemId, String catalogNumber, String description, int quantity, String usage,
                       BigDecimal unitPrice, String source, String sourceName, BigDecimal lineTotal) {
    }
}
