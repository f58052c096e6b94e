package org.consigna.billing.application.price;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consigna.billing.domain.price.PriceList;
import org.consigna.billing.domain.price.PriceListRepository;
import org.consigna.billing.domain.price.PriceResolution;
import org.consigna.billing.domain.price.PriceSheet;
import org.consigna.billing.domain.price.PriceSheetRepository;
import org.consigna.billing.domain.price.ResolvedPrice;
import org.consigna.billing.domain.price.UnitPrices;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.platform.tenant.TenantContext;

/**
 * The one price resolver of billing: the facility's contract price (its current price sheet), else the price list
 * assigned to the facility, else the item's list price; rounded to the tenant currency's scale. Joins the caller's
 * transaction.
 */
@ApplicationScoped
@Transactional
public class PriceResolver {

    @Inject
    PriceSheetRepository sheets;

    @Inject
    PriceListRepository lists;

    @Inject
    InventoryCatalog catalog;

    @Inject
    TenantContext tenant;

    /** The items' prices at the facility, by item id; an item with no price at all is absent. */
    public Map<UUID, ResolvedPrice> resolve(UUID facilityId, Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Set<UUID> items = new LinkedHashSet<>(itemIds);
        Optional<PriceSheet> sheet = sheets.current(facilityId, false);
        Map<UUID, BigDecimal> contract = sheet.map(s -> sheets.prices(s.id(), items)).orElse(Map.of());
        Optional<PriceList> list = lists.currentAssignment(facilityId, false).flatMap(a -> lists.find(a.priceListId()));
        Set<UUID> rest = new HashSet<>(items);
        rest.removeAll(contract.keySet());
        Map<UUID, BigDecimal> listed = list.isEmpty() || rest.isEmpty() ? Map.of() : lists.prices(list.get().id(), rest);
        rest.removeAll(listed.keySet());
        Map<UUID, BigDecimal> listPrices = rest.isEmpty() ? Map.of() : catalog.listPrices(rest);
        return new PriceResolution(currency(), sheet.map(PriceSheet::sourceName).orElse(null), contract,
                list.map(PriceList::name).orElse(null), listed, listPrices).resolve(items);
    }

    /** The tenant's currency code (ISO 4217), from its settings. */
    public String currency() {
        return tenant.require().currency();
    }

    /** The unit price rounded half-up to the tenant currency's scale. */
    public BigDecimal round(BigDecimal unitPrice) {
        return UnitPrices.round(unitPrice, currency());
    }
}
