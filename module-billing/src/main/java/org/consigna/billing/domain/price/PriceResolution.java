package org.consigna.billing.domain.price;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one resolution order: the facility's contract price (its current price sheet), else the price list assigned to
 * the facility, else the item's list price; an item with none of them has no price. Each price is rounded to the
 * currency's scale when resolved.
 */
public record PriceResolution(String currency, String contractName, Map<UUID, BigDecimal> contract, String priceListName,
                              Map<UUID, BigDecimal> priceList, Map<UUID, BigDecimal> listPrices) {

    public static final String LIST_PRICE_NAME = "list price";

    public Map<UUID, ResolvedPrice> resolve(Collection<UUID> itemIds) {
        Map<UUID, ResolvedPrice> resolved = new LinkedHashMap<>();
        for (UUID item : itemIds) {
            if (contract.containsKey(item)) {
                resolved.put(item, price(item, contract.get(item), PriceSource.CONTRACT, contractName));
            } else if (priceList.containsKey(item)) {
                resolved.put(item, price(item, priceList.get(item), PriceSource.PRICE_LIST, priceListName));
            } else if (listPrices.containsKey(item)) {
                resolved.put(item, price(item, listPrices.get(item), PriceSource.LIST_PRICE, LIST_PRICE_NAME));
            }
        }
        return resolved;
    }

    private ResolvedPrice price(UUID item, BigDecimal unitPrice, PriceSource source, String name) {
        return new ResolvedPrice(item, UnitPrices.round(unitPrice, currency), source, name);
    }
}
