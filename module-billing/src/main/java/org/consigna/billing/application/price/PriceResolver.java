package org.consigna.billing.application.price;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.consigna.billing.domain.price.PriceSource;
import org.consigna.billing.domain.price.ResolvedPrice;
import org.consigna.inventory.api.InventoryCatalog;

/**
 * The one price resolver. PLACEHOLDER (bill branch): the item's list price only, in USD with two decimals; the prices
 * branch replaces it with contract, price list, then list price, in the tenant's currency.
 */
@ApplicationScoped
public class PriceResolver {

    @Inject
    InventoryCatalog catalog;

    /** The unit price of each item at the facility; an item with no price at all is absent. */
    public Map<UUID, ResolvedPrice> resolve(UUID facilityId, Collection<UUID> itemIds) {
        Map<UUID, ResolvedPrice> prices = new LinkedHashMap<>();
        catalog.listPrices(itemIds).forEach((item, price) ->
                prices.put(item, new ResolvedPrice(item, round(price), PriceSource.LIST_PRICE, null)));
        return prices;
    }

    /** The tenant's currency code. */
    public String currency() {
        return "USD";
    }

    /** A unit price rounded to the currency's scale, half up. */
    public BigDecimal round(BigDecimal unitPrice) {
        return unitPrice.setScale(2, RoundingMode.HALF_UP);
    }
}
