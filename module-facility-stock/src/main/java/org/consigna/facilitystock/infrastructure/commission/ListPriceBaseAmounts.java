package org.consigna.facilitystock.infrastructure.commission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.consigna.facilitystock.domain.commission.BaseAmounts;
import org.consigna.inventory.api.InventoryCatalog;

/** Base amounts at the item's list price, from inventory's catalog. */
@ApplicationScoped
public class ListPriceBaseAmounts implements BaseAmounts {

    @Inject
    InventoryCatalog catalog;

    @Override
    public Map<UUID, BigDecimal> unitPrices(Collection<UUID> itemIds) {
        return catalog.listPrices(itemIds);
    }
}
