package org.consigna.facilitystock.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.consigna.events.api.Facilities;
import org.consigna.facilitystock.domain.expiry.BandCounts;
import org.consigna.facilitystock.domain.par.ParLevel;
import org.consigna.facilitystock.domain.par.ParLevelRepository;
import org.consigna.inventory.api.DeviceSummary;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.inventory.api.InventoryCatalog.ItemSummary;
import org.consigna.inventory.api.StockQueries;
import org.consigna.platform.problem.ProblemException;

/**
 * Facility stock of one facility per item: on hand, par, below par, expiring per band, and its devices. Admins see
 * every custodian's stock there; others the stock of the custodians in their custody scope.
 */
@ApplicationScoped
@Transactional
public class FacilityStockService {

    @Inject
    StockQueries stock;

    @Inject
    Facilities facilities;

    @Inject
    InventoryCatalog catalog;

    @Inject
    ParLevelRepository parLevels;

    @Inject
    StockAccess access;

    /** One item's facility stock at the facility; {@code par} null when none is set. */
    public record ItemStock(ItemSummary item, int onHand, Integer par, BandCounts expiring, List<DeviceSummary> devices) {

        public boolean belowPar() {
            return par != null && onHand < par;
        }
    }

    public record FacilityStock(UUID facilityId, String facilityName, LocalDate today, List<ItemStock> items) {
    }

    public FacilityStock of(UUID facilityId, LocalDate today) {
        String name = requireFacility(facilityId);
        List<DeviceSummary> devices = stock.facilityStock(facilityId).stream()
                .filter(d -> access.sees(d.custodianId())).toList();
        Map<UUID, List<DeviceSummary>> byItem = devices.stream()
                .collect(Collectors.groupingBy(DeviceSummary::itemId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, Integer> pars = parLevels.of(facilityId, null).stream()
                .collect(Collectors.toMap(ParLevel::itemId, ParLevel::par));
        Set<UUID> itemIds = new HashSet<>(byItem.keySet());
        itemIds.addAll(pars.keySet());
        Map<UUID, ItemSummary> items = catalog.items(itemIds);
        List<ItemStock> lines = new ArrayList<>();
        for (UUID itemId : itemIds) {
            List<DeviceSummary> held = byItem.getOrDefault(itemId, List.of());
            BandCounts expiring = new BandCounts();
            held.forEach(d -> expiring.add(d.expiry(), today, 1, d.quantity()));
            ItemSummary item = items.getOrDefault(itemId, new ItemSummary(itemId, "?", "?"));
            lines.add(new ItemStock(item, held.stream().mapToInt(DeviceSummary::quantity).sum(), pars.get(itemId),
                    expiring, held));
        }
        lines.sort(Comparator.comparing((ItemStock s) -> s.item().catalogNumber()).thenComparing(s -> s.item().id()));
        return new FacilityStock(facilityId, name, today, lines);
    }

    /** Units of facility stock of each item at the facility, whoever holds them (for par levels and alerts). */
    public Map<UUID, Integer> onHand(UUID facilityId) {
        return stock.facilityStock(facilityId).stream()
                .collect(Collectors.groupingBy(DeviceSummary::itemId, Collectors.summingInt(DeviceSummary::quantity)));
    }

    /** The facility's name; a facility that is not this tenant's is a 404. */
    public String requireFacility(UUID facilityId) {
        return facilities.name(facilityId).orElseThrow(() -> ProblemException.notFound("Facility", facilityId));
    }

    /** The item; one that is not this tenant's is a 404. */
    public ItemSummary requireItem(UUID itemId) {
        ItemSummary item = catalog.items(List.of(itemId)).get(itemId);
        if (item == null) {
            throw ProblemException.notFound("Item", itemId);
        }
        return item;
    }
}
