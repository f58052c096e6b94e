package org.consigna.inventory.api;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The catalog as other modules refer to it: events hold product-line ids and must not hold another tenant's;
 * facility stock values devices at their item's list price.
 */
public interface InventoryCatalog {

    /**
     * Refuses (422 {@code unknown-reference}, naming {@code field[i]} and the id) any of the ids that is
     * not a product line of the current tenant; looked up together in one query.
     */
    void requireProductLines(String field, List<UUID> productLineIds);

    /**
     * The list prices of these items of the current tenant, read together; an item without a list price, or
     * not of this tenant, is absent from the map.
     */
    Map<UUID, BigDecimal> listPrices(Collection<UUID> itemIds);

    /** The items of these ids that exist in the current tenant, by id, read together (active or not). */
    Map<UUID, ItemSummary> items(Collection<UUID> itemIds);

    /** The items of these catalog numbers that exist in the current tenant, by catalog number, read together. */
    Map<String, ItemSummary> itemsByCatalogNumber(Collection<String> catalogNumbers);

    /** An item as other modules name it. */
    record ItemSummary(UUID id, String catalogNumber, String description) {
    }
}
