package org.consigna.billing.application.price;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.consigna.billing.domain.price.PriceList;
import org.consigna.billing.domain.price.PriceListAssignment;
import org.consigna.billing.domain.price.PriceListItem;
import org.consigna.billing.domain.price.PriceListRepository;
import org.consigna.billing.domain.price.UnitPrices;
import org.consigna.events.api.Facilities;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;
import org.consigna.platform.security.CurrentCaller;

/**
 * Price lists: created and priced by admins, assigned to facilities (a facility has one list at a time; assigning
 * another ends the previous assignment, which stays in the list's history).
 */
@ApplicationScoped
@Transactional
public class PriceListService {

    @Inject
    PriceListRepository lists;

    @Inject
    InventoryCatalog catalog;

    @Inject
    Facilities facilities;

    @Inject
    CurrentCaller caller;

    public PriceList create(String name, List<ItemPrice> prices) {
        if (lists.findByName(name).isPresent()) {
            throw ProblemException.conflict("price-list-exists", "A price list named '" + name.trim() + "' already exists");
        }
        PriceList list = new PriceList(name, actor(), Instant.now());
        lists.add(list);
        setPrices(list, prices);
        lists.flush();
        return list;
    }

    public List<PriceList> page(String afterName, UUID afterId, int limit) {
        return lists.page(afterName, afterId, limit);
    }

    public PriceList require(UUID id) {
        return lists.find(id).orElseThrow(() -> ProblemException.notFound("Price list", id));
    }

    /** Sets (adds or changes) the prices of the given items; the list's other items keep theirs. */
    public PriceList setPrices(UUID id, List<ItemPrice> prices) {
        PriceList list = lists.lock(id).orElseThrow(() -> ProblemException.notFound("Price list", id));
        setPrices(list, prices);
        lists.flush();
        return list;
    }

    private void setPrices(PriceList list, List<ItemPrice> prices) {
        List<UnknownReference.Missing> missing = new ArrayList<>();
        Map<UUID, ?> known = catalog.items(prices.stream().map(ItemPrice::itemId).collect(Collectors.toSet()));
        LinkedHashSet<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < prices.size(); i++) {
            ItemPrice price = prices.get(i);
            String problem = UnitPrices.problemWith(price.unitPrice());
            if (problem != null) {
                throw PriceProblems.invalidPrice("prices[" + i + "].unitPrice", problem);
            }
            if (!seen.add(price.itemId())) {
                throw PriceProblems.invalidPrice("prices[" + i + "].itemId", "the item is priced twice in this request");
            }
            if (!known.containsKey(price.itemId())) {
                missing.add(new UnknownReference.Missing("item", "prices[" + i + "].itemId", price.itemId()));
            }
        }
        if (!missing.isEmpty()) {
            throw UnknownReference.of(missing);
        }
        Map<UUID, PriceListItem> current = lists.items(list.id()).stream()
                .collect(Collectors.toMap(PriceListItem::itemId, p -> p));
        Instant now = Instant.now();
        List<PriceListItem> added = new ArrayList<>();
        for (ItemPrice price : prices) {
            PriceListItem item = current.get(price.itemId());
            if (item == null || item.unitPrice().compareTo(price.unitPrice()) != 0) {
                if (item != null) {
                    item.replace(now); // kept as history
                }
                added.add(new PriceListItem(list.id(), price.itemId(), price.unitPrice(), actor(), now));
            }
        }
        lists.flush(); // the replaced prices first: one current price per list and item
        added.forEach(lists::add);
    }

    public List<PriceListItem> items(UUID id) {
        return lists.items(id);
    }

    public List<PriceListAssignment> assignments(UUID id) {
        return lists.assignments(id);
    }

    /** The facilities' names by id (for views), as the events module knows them. */
    public Map<UUID, String> facilityNames(List<UUID> facilityIds) {
        return facilities.names(facilityIds);
    }

    /**
     * Assigns the list to these facilities of the tenant; a facility already on this list keeps its assignment, one on
     * another list moves to this one (the previous assignment ends and stays in history).
     */
    public PriceList assign(UUID id, List<UUID> facilityIds) {
        PriceList list = lists.lock(id).orElseThrow(() -> ProblemException.notFound("Price list", id));
        UnknownReference.requireAll("facility", "facilityIds", facilityIds, facilities.names(facilityIds).keySet());
        Instant now = Instant.now();
        for (UUID facility : new LinkedHashSet<>(facilityIds)) {
            Optional<PriceListAssignment> current = lists.currentAssignment(facility, true);
            if (current.isPresent() && current.get().priceListId().equals(list.id())) {
                continue;
            }
            current.ifPresent(previous -> previous.end(actor(), now));
            lists.add(new PriceListAssignment(list.id(), facility, actor(), now));
        }
        return list;
    }

    /** Ends the facility's assignment to this list (kept in history); 409 when the facility is not on this list. */
    public PriceList unassign(UUID id, UUID facilityId) {
        PriceList list = lists.lock(id).orElseThrow(() -> ProblemException.notFound("Price list", id));
        PriceListAssignment current = lists.currentAssignment(facilityId, true)
                .filter(a -> a.priceListId().equals(list.id()))
                .orElseThrow(() -> ProblemException.conflict("not-assigned", "Facility '" + facilityId
                        + "' is not assigned to price list '" + list.name() + "'; nothing was changed"));
        current.end(actor(), Instant.now());
        lists.flush();
        return list;
    }

    private UUID actor() {
        return caller.get().memberId();
    }
}
