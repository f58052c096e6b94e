package org.consigna.billing.application.price;

import java.math.BigDecimal;
import java.util.UUID;

/** An item's unit price as entered (a price list's or a price sheet's row). */
public record ItemPrice(UUID itemId, BigDecimal unitPrice) {
}
