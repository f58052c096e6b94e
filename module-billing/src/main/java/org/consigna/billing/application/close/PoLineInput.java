package org.consigna.billing.application.close;

import java.math.BigDecimal;
import java.util.UUID;

/** A line of the PO as the buyer sent it: the item (or the sales order line), quantity and unit price. */
public record PoLineInput(UUID itemId, UUID lineId, int quantity, BigDecimal unitPrice) {
}
