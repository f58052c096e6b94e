package org.consigna.inventory.interfaces.rest;

import java.math.BigDecimal;
import java.util.UUID;
import org.consigna.inventory.domain.catalog.Item;
import org.consigna.inventory.domain.catalog.ProductLine;

/** The catalog as the API shows it. */
final class CatalogViews {

    private CatalogViews() {
    }

    public record LineView(UUID id, String name, String description, boolean active) {
        static LineView of(ProductLine line) {
            return new LineView(line.id(), line.name(), line.description(), line.active());
        }
    }

    public record ItemView(UUID id, UUID productLineId, String catalogNumber, String description, String gtin, String tracking,
                           boolean singleUse, BigDecimal listPrice, boolean active) {
        static ItemView of(Item item) {
            return new ItemView(item.id(), item.productLineId(), item.catalogNumber(), item.description(), item.gtin(),
                    item.trackingWire(), item.singleUse(), item.listPrice(), item.active());
        }
    }
}
