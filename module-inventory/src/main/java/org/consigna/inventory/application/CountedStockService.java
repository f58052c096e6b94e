package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.consigna.inventory.api.CountedStockChanges;
import org.consigna.inventory.api.SourceDocument;
import org.consigna.inventory.domain.catalog.CatalogRepository;
import org.consigna.inventory.domain.catalog.Item;
import org.consigna.inventory.domain.catalog.Tracking;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.device.Device;
import org.consigna.inventory.domain.device.DeviceRepository;
import org.consigna.inventory.domain.ledger.EntryType;
import org.consigna.inventory.domain.ledger.Posting;
import org.consigna.inventory.domain.ledger.Source;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;

/**
 * Counted stock changed by other modules' documents. Units are taken from a custodian's devices of the item earliest
 * expiry first; a device used up in full becomes inactive, part of one is split off. Each change posts its ledger entries.
 */
@ApplicationScoped
@Transactional
public class CountedStockService implements CountedStockChanges {

    @Inject
    Custodians custodians;

    @Inject
    CatalogRepository catalog;

    @Inject
    DeviceRepository devices;

    @Inject
    Claims claims;

    @Inject
    Access access;

    @Inject
    Ledger ledger;

    @Override
    public UUID receive(UUID custodianId, UUID itemId, int quantity, String lot, LocalDate expiry, SourceDocument source) {
        Custodian custodian = custodians.holder("custodianId", custodianId);
        Item item = countedItem(itemId);
        if (item.tracking() == Tracking.LOT && (lot == null || lot.isBlank())) {
            throw ProblemException.badRequest("lot-required", item.catalogNumber() + " is lot-tracked: name the lot received");
        }
        Device device = Device.receive(itemId, null, item.tracking() == Tracking.LOT ? lot.trim() : null, expiry, quantity, null,
                custodian, Instant.now());
        devices.add(device);
        ledger.post(List.of(device.received()), act(custodian, source));
        devices.flush();
        return device.id();
    }

    @Override
    public void deduct(UUID custodianId, UUID itemId, int quantity, String reason, SourceDocument source) {
        if (quantity < 1) {
            throw ProblemException.badRequest("invalid-quantity", "Deduct at least one unit; got " + quantity);
        }
        Custodian custodian = custodians.known(custodianId);
        Item item = countedItem(itemId);
        Instant now = Instant.now();
        List<Device> held = held(custodian, item, quantity);
        List<Posting> postings = new ArrayList<>();
        int left = quantity;
        for (Device device : held) {
            if (left == 0) {
                break;
            }
            int part = Math.min(left, device.quantity());
            if (part == device.quantity()) {
                postings.add(device.consume(reason, access.actor(), now));
            } else {
                Device used = device.consumePart(part, reason, access.actor(), now);
                devices.add(used);
                postings.add(device.splitPosting(EntryType.CONSUMED, used, reason));
            }
            left -= part;
        }
        ledger.post(postings, act(custodian, source));
        devices.flush();
    }

    @Override
    public void correct(UUID custodianId, UUID itemId, int delta, String reason, SourceDocument source) {
        if (delta == 0) {
            return;
        }
        Custodian custodian = custodians.known(custodianId);
        Item item = countedItem(itemId);
        Instant now = Instant.now();
        if (delta > 0) {
            // Found units join the latest-expiring device of the item; with none, they arrive as a device of their own.
            List<Device> held = devices.lockHeld(custodian.id(), item.id());
            Device device = held.isEmpty() ? null : held.get(held.size() - 1);
            Posting posting;
            if (device == null) {
                device = Device.receive(itemId, null, null, null, delta, null, custodian, now);
                devices.add(device);
                posting = device.received();
            } else {
                posting = device.adjust(delta, reason, now);
            }
            ledger.post(List.of(posting), act(custodian, source));
            devices.flush();
            return;
        }
        List<Posting> postings = new ArrayList<>();
        int left = -delta;
        for (Device device : held(custodian, item, left)) {
            if (left == 0) {
                break;
            }
            int part = Math.min(left, device.quantity());
            postings.add(device.adjust(-part, reason, now));
            left -= part;
        }
        ledger.post(postings, act(custodian, source));
        devices.flush();
    }

    private List<Device> held(Custodian custodian, Item item, int wanted) {
        List<Device> held = devices.lockHeld(custodian.id(), item.id());
        claims.requireUnclaimed(held.stream().map(Device::id).collect(Collectors.toSet()), "taken out");
        long units = held.stream().mapToLong(Device::quantity).sum();
        if (units < wanted) {
            throw new ProblemException(409, "not-enough-stock", "Not enough stock", custodians.name(custodian) + " holds "
                    + units + " of " + item.catalogNumber() + "; " + wanted + " cannot be taken out",
                    Map.of("onHand", units, "requested", wanted));
        }
        return held;
    }

    private Item countedItem(UUID itemId) {
        Item item = catalog.findItem(itemId).orElseThrow(() -> UnknownReference.of("item", "itemId", itemId));
        if (item.tracking() == Tracking.SERIAL) {
            throw new ProblemException(422, "serialized-item", "Serialized item", item.catalogNumber()
                    + " is serialized: its devices are received one serial at a time through inventory receipts");
        }
        return item;
    }

    private Act act(Custodian custodian, SourceDocument source) {
        return new Act(access.actor(), custodian.id(), new Source(source.type(), source.id(), source.reference()));
    }
}
