package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.inventory.domain.catalog.CatalogRepository;
import org.consigna.inventory.domain.catalog.Item;
import org.consigna.inventory.domain.catalog.ProductLine;
import org.consigna.platform.problem.UnknownReference;

/** The catalog for other modules; joins the caller's transaction. */
@ApplicationScoped
@Transactional
public class InventoryCatalogService implements InventoryCatalog {

    @Inject
    CatalogRepository catalog;

    @Override
    public void requireProductLines(String field, List<UUID> productLineIds) {
        if (productLineIds.isEmpty()) {
            return;
        }
        Set<UUID> found = catalog.linesByIds(Set.copyOf(productLineIds)).stream().map(ProductLine::id)
                .collect(Collectors.toSet());
        UnknownReference.requireAll("product line", field, productLineIds, found);
    }

    @Override
    public Map<UUID, BigDecimal> listPrices(Collection<UUID> itemIds) {
        Map<UUID, BigDecimal> prices = new HashMap<>();
        if (itemIds.isEmpty()) {
            return prices;
        }
        for (Item item : catalog.itemsByIds(Set.copyOf(itemIds))) {
            if (item.listPrice() != null) {
                prices.put(item.id(), item.listPrice());
            }
        }
        return prices;
    }

    @Override
    public Map<UUID, ItemSummary> items(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return catalog.itemsByIds(Set.copyOf(itemIds)).stream().collect(Collectors.toMap(
                Item::id, i -> new ItemSummary(i.id(), i.catalogNumber(), i.description())));
    }

    @Override
    public Map<String, ItemSummary> itemsByCatalogNumber(Collection<String> catalogNumbers) {
        if (catalogNumbers.isEmpty()) {
            return Map.of();
        }
        return catalog.itemsByCatalogNumbers(Set.copyOf(catalogNumbers)).stream().collect(Collectors.toMap(
                Item::catalogNumber, i -> new ItemSummary(i.id(), i.catalogNumber(), i.description())));
    }
}
