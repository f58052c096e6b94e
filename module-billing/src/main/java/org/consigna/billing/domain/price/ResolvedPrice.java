package org.consigna.billing.domain.price;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An item's unit price at a facility and where it came from.
 *
 * @param unitPrice  already rounded to the tenant currency's scale (HALF_UP)
 * @param sourceName e.g. the price list's name; null for the list price
 */
public record ResolvedPrice(UUID itemId, BigDecimal unitPrice, PriceSource source, String sourceName) {
}
