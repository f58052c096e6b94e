package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.consigna.inventory.domain.catalog.CatalogRepository;
import org.consigna.inventory.domain.catalog.Item;
import org.consigna.inventory.domain.catalog.ProductLine;
import org.consigna.inventory.domain.catalog.Tracking;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;

/** The catalog: admins change it (the resource enforces the role), everyone in the tenant reads it. */
@ApplicationScoped
@Transactional
public class CatalogService {

    @Inject
    CatalogRepository catalog;

    @Inject
    ItemDirectory items;

    /** What an item request carries. */
    public record ItemData(UUID productLineId, String catalogNumber, String description, String gtin, Tracking tracking,
                           boolean singleUse, BigDecimal listPrice, Boolean active) {
    }

    public ProductLine addLine(String name, String description) {
        ProductLine line = new ProductLine(name, description);
        catalog.add(line);
        return line;
    }

    public ProductLine changeLine(UUID id, String name, String description, boolean active) {
        ProductLine line = line(id);
        line.change(name, description, active);
        catalog.flush();
        return line;
    }

    public ProductLine line(UUID id) {
        return catalog.findLine(id).orElseThrow(() -> ProblemException.notFound("Product line", id));
    }

    public List<ProductLine> lines(String afterName, int limit) {
        return catalog.lines(afterName, limit);
    }

    public Item addItem(ItemData data) {
        requireLineReference(data.productLineId());
        Item item = new Item(data.productLineId(), data.catalogNumber(), data.description(), data.gtin(), data.tracking(),
                data.singleUse(), data.listPrice());
        catalog.add(item);
        items.forgetAfterCommit(item.id());
        return item;
    }

    public Item changeItem(UUID id, ItemData data) {
        Item item = item(id);
        if (data.tracking() != null && data.tracking() != item.tracking()) {
            throw ProblemException.conflict("tracking-fixed", "Item " + item.catalogNumber()
                    + " keeps its tracking: devices were or may be received under it");
        }
        requireLineReference(data.productLineId());
        item.change(data.productLineId(), data.catalogNumber(), data.description(), data.gtin(), data.singleUse(),
                data.listPrice(), data.active() == null || data.active());
        catalog.flush();
        items.forgetAfterCommit(id);
        return item;
    }

    /** The product line an item request names: unknown in this tenant is a 422 naming productLineId. */
    private void requireLineReference(UUID productLineId) {
        if (catalog.findLine(productLineId).isEmpty()) {
            throw UnknownReference.of("product line", "productLineId", productLineId);
        }
    }

    public Item item(UUID id) {
        return catalog.findItem(id).orElseThrow(() -> ProblemException.notFound("Item", id));
    }

    public List<Item> items(UUID productLineId, Boolean active, String afterNumber, int limit) {
        return catalog.items(productLineId, active, afterNumber, limit);
    }
}
