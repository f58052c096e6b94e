package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.consigna.inventory.domain.catalog.CatalogRepository;
import org.consigna.inventory.domain.catalog.Item;

/** The catalog item a scanned GTIN belongs to. */
@ApplicationScoped
@Transactional
public class UdiLookup {

    @Inject
    CatalogRepository catalog;

    public Optional<Item> byGtin(String gtin) {
        return catalog.findItemByGtin(gtin);
    }
}
