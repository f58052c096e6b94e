package org.consigna.facilitystock.domain.commission;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The one place that says what a device line is worth, for commissions and the sales dashboard: today the item's
 * list price (inventory's catalog); billing's price resolver (facility prices) replaces this bean later.
 */
public interface BaseAmounts {

    /** The unit price of each item, read together; an item without a price is absent (worth zero). */
    Map<UUID, BigDecimal> unitPrices(Collection<UUID> itemIds);

    /** {@code unit price × quantity}, zero for an item without a price. */
    static BigDecimal of(Map<UUID, BigDecimal> unitPrices, UUID itemId, int quantity) {
        return unitPrices.getOrDefault(itemId, BigDecimal.ZERO).multiply(BigDecimal.valueOf(quantity));
    }
}
