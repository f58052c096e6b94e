package org.consigna.facilitystock.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.consigna.events.api.EventDrafts;
import org.consigna.facilitystock.application.FacilityStockService.ItemStock;
import org.consigna.facilitystock.domain.expiry.ExpiryBand;
import org.consigna.facilitystock.domain.refill.RefillLine;
import org.consigna.facilitystock.domain.stockingorder.StockingOrderBehaviour;
import org.consigna.identity.api.MemberSummary;
import org.consigna.identity.api.Members;
import org.consigna.inventory.api.DeviceClaims;
import org.consigna.inventory.api.DeviceSummary;
import org.consigna.inventory.api.InventoryCatalog.ItemSummary;
import org.consigna.inventory.api.StockQueries;
import org.consigna.platform.module.TenantContributions;
import org.consigna.platform.problem.ProblemException;

/**
 * "Refill this facility": for each item below par or expiring within 30 days at the facility, {@code par - on hand +
 * expiring} units, proposed from the selling custodian's consigned stock (latest expiry first, devices in a pending
 * transfer or an open event left out); one call turns the proposal into a stocking order. An item without a par level
 * keeps its level: its par counts as what is on hand, so only what expires is replaced.
 */
@ApplicationScoped
@Transactional
public class RefillService {

    @Inject
    FacilityStockService stock;

    @Inject
    StockQueries queries;

    @Inject
    Members members;

    @Inject
    EventDrafts drafts;

    @Inject
    StockAccess access;

    @Inject
    TenantContributions contributions;

    @Inject
    @Any
    Instance<DeviceClaims> claims;

    /** A line of the proposal: the arithmetic and the custodian's devices that cover it (as far as they go). */
    public record ProposedLine(ItemSummary item, RefillLine refill, List<DeviceSummary> devices) {

        public int proposedUnits() {
            return devices.stream().mapToInt(DeviceSummary::quantity).sum();
        }
    }

    public record Proposal(UUID facilityId, String facilityName, MemberSummary custodian, LocalDate today,
                           List<ProposedLine> lines) {

        public List<UUID> deviceIds() {
            return lines.stream().flatMap(l -> l.devices().stream()).map(DeviceSummary::id).toList();
        }
    }

    /** @param custodianId the selling custodian; null for the caller */
    public Proposal propose(UUID facilityId, UUID custodianId, LocalDate today) {
        UUID sellerId = custodianId == null ? access.actorId() : custodianId;
        MemberSummary seller = members.requireReference("custodian", sellerId);
        if (!access.isAdmin() && !access.sees(sellerId)) {
            throw new ProblemException(403, "refill-forbidden", "Not your inventory", "A refill proposes devices of "
                    + seller.displayName() + ", whose inventory you may not act on");
        }
        FacilityStockService.FacilityStock current = stock.of(facilityId, today);
        Map<UUID, Integer> onHand = stock.onHand(facilityId);
        List<RefillLine> needed = new ArrayList<>();
        Map<UUID, ItemSummary> items = new HashMap<>();
        for (ItemStock line : current.items()) {
            UUID item = line.item().id();
            int held = onHand.getOrDefault(item, 0);
            int expiring = line.devices().stream()
                    .filter(d -> ExpiryBand.of(d.expiry(), today).orElse(null) == ExpiryBand.DAYS_30)
                    .mapToInt(DeviceSummary::quantity).sum();
            RefillLine refill = RefillLine.of(item, line.par() == null ? held : line.par(), held, expiring);
            if (refill.needed()) {
                needed.add(refill);
                items.put(item, line.item());
            }
        }
        Map<UUID, List<DeviceSummary>> candidates = candidates(sellerId, items.keySet());
        List<ProposedLine> lines = new ArrayList<>();
        for (RefillLine refill : needed) {
            List<DeviceSummary> chosen = new ArrayList<>();
            int units = 0;
            for (DeviceSummary d : candidates.getOrDefault(refill.itemId(), List.of())) {
                if (units >= refill.suggested()) {
                    break;
                }
                chosen.add(d);
                units += d.quantity();
            }
            lines.add(new ProposedLine(items.get(refill.itemId()), refill, chosen));
        }
        return new Proposal(facilityId, current.facilityName(), seller, today, lines);
    }

    /** The stocking order a refill created and the devices in it. */
    public record Ordered(UUID eventId, List<UUID> deviceIds) {
    }

    /** Turns the proposal into an open stocking order of the custodian at the facility. */
    public Ordered order(UUID facilityId, UUID custodianId, UUID typeId, LocalDate today) {
        Proposal proposal = propose(facilityId, custodianId, today);
        List<UUID> devices = proposal.deviceIds();
        if (devices.isEmpty()) {
            throw ProblemException.conflict("nothing-to-refill", proposal.facilityName() + " needs nothing, or "
                    + proposal.custodian().displayName() + " holds no consigned stock of what it needs");
        }
        return new Ordered(drafts.create(typeId, StockingOrderBehaviour.ID, proposal.custodian().id(), facilityId,
                "Refill " + proposal.facilityName() + " " + today, today, devices), devices);
    }

    private Map<UUID, List<DeviceSummary>> candidates(UUID custodianId, Set<UUID> itemIds) {
        List<DeviceSummary> found = queries.consignedStock(custodianId, itemIds);
        if (found.isEmpty()) {
            return Map.of();   // nothing to ask about (events' claims refuse an empty list with an SQL error)
        }
        Set<UUID> held = new HashSet<>();
        for (DeviceClaims c : contributions.forCurrentTenant(claims)) {
            held.addAll(c.heldBy(found.stream().map(DeviceSummary::id).toList()).keySet());
        }
        Map<UUID, List<DeviceSummary>> byItem = new HashMap<>();
        found.stream().filter(d -> !held.contains(d.id()))
                .forEach(d -> byItem.computeIfAbsent(d.itemId(), i -> new ArrayList<>()).add(d));
        return byItem;
    }
}
