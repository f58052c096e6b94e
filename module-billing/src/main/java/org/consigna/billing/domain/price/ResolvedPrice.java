package org.consigna.billing.domain.price;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An item's unit price for a facility, already rounded to the tenant currency's scale, with its source and the
 * source's name (the price sheet, the price list's name, "list price").
 */
public record ResolvedPrice(UUID itemId, BigDecimal unitPrice, PriceSource source, String sourceName) {
}
