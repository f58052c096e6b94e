package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.consigna.inventory.application.ReceiptCheck.Checked;
import org.consigna.inventory.domain.catalog.CatalogRepository;
import org.consigna.inventory.domain.catalog.Item;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.device.Device;
import org.consigna.inventory.domain.device.DeviceRepository;
import org.consigna.inventory.domain.ledger.Posting;
import org.consigna.inventory.domain.ledger.Source;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;

/**
 * Receives devices into a custodian's custody, one or tens of thousands per request: every line is
 * checked, serials are checked against each other and the database (one query per item and chunk),
 * then devices and ledger entries are written with multi-row inserts. All of it or nothing.
 */
@ApplicationScoped
@Transactional
public class ReceivingService {

    private static final int SERIAL_QUERY_CHUNK = 5000;
    private static final int MAX_LISTED = 100;

    @Inject
    Custodians custodians;

    @Inject
    Access access;

    @Inject
    CatalogRepository catalog;

    @Inject
    DeviceRepository devices;

    @Inject
    Ledger ledger;

    public Receipt.Received receive(Receipt receipt) {
        Custodian custodian = custodians.holder("custodianId", receipt.custodianId());
        access.requireMayActFor(custodian);
        Map<UUID, Item> items = referencedItems(receipt);
        Map<String, Item> byGtin = new HashMap<>();
        List<Checked> lines = new ReceiptCheck().check(receipt, items::get,
                gtin -> byGtin.computeIfAbsent(gtin, key -> catalog.findItemByGtin(key).orElseThrow(() ->
                        ProblemException.badRequest("unknown-gtin", "no catalog item has GTIN " + key))));
        refuseDuplicateSerials(lines);

        UUID receiptId = UUID.randomUUID();
        Instant now = Instant.now();
        List<Posting> postings = new ArrayList<>(lines.size());
        List<Device> received = new ArrayList<>(lines.size());
        long units = 0;
        for (Checked line : lines) {
            Device device = Device.receive(line.item().id(), line.serial(), line.lot(), line.expiry(), line.quantity(),
                    line.udi(), custodian, now);
            received.add(device);
            postings.add(device.received());
            units += line.quantity();
        }
        try {
            devices.addAll(received);
        } catch (RuntimeException e) {
            throw concurrentDuplicate(e);
        }
        ledger.post(postings, new Act(access.actor(), custodian.id(), Source.of("receipt", receiptId, receipt.reference())));
        return new Receipt.Received(receiptId, custodian.id(), custodian.kindWire(), received.size(), units,
                received.stream().map(Device::id).toList());
    }

    /**
     * The items the receipt names, read in one query; an id that is no item of this tenant refuses the
     * whole receipt with a 422 naming each such field ({@code itemId}, {@code lines[7].itemId}).
     */
    private Map<UUID, Item> referencedItems(Receipt receipt) {
        Set<UUID> ids = new HashSet<>();
        if (receipt.itemId() != null) {
            ids.add(receipt.itemId());
        }
        receipt.lines().stream().map(Receipt.Line::itemId).filter(Objects::nonNull).forEach(ids::add);
        Map<UUID, Item> found = new HashMap<>();
        catalog.itemsByIds(ids).forEach(item -> found.put(item.id(), item));
        List<UnknownReference.Missing> missing = new ArrayList<>();
        if (receipt.itemId() != null && !found.containsKey(receipt.itemId())) {
            missing.add(new UnknownReference.Missing("item", "itemId", receipt.itemId()));
        }
        for (int i = 0; i < receipt.lines().size(); i++) {
            UUID itemId = receipt.lines().get(i).itemId();
            if (itemId != null && !found.containsKey(itemId)) {
                missing.add(new UnknownReference.Missing("item", "lines[" + i + "].itemId", itemId));
            }
        }
        if (!missing.isEmpty()) {
            throw UnknownReference.of(missing);
        }
        return found;
    }

    /** Serials repeated within the receipt, or already held by a live device: the whole receipt is refused. */
    private void refuseDuplicateSerials(List<Checked> lines) {
        Map<UUID, Set<String>> serialsByItem = new LinkedHashMap<>();
        Map<UUID, Item> items = new HashMap<>();
        Set<String> duplicates = new TreeSet<>();
        for (Checked line : lines) {
            if (line.serial() != null) {
                items.put(line.item().id(), line.item());
                if (!serialsByItem.computeIfAbsent(line.item().id(), id -> new HashSet<>()).add(line.serial())) {
                    duplicates.add(line.item().catalogNumber() + " " + line.serial());
                }
            }
        }
        serialsByItem.forEach((itemId, serials) -> {
            List<String> all = new ArrayList<>(serials);
            for (int from = 0; from < all.size(); from += SERIAL_QUERY_CHUNK) {
                devices.takenSerials(itemId, all.subList(from, Math.min(all.size(), from + SERIAL_QUERY_CHUNK)))
                        .forEach(serial -> duplicates.add(items.get(itemId).catalogNumber() + " " + serial));
            }
        });
        if (!duplicates.isEmpty()) {
            throw new ProblemException(409, "duplicate-serials", "Duplicate serials", duplicates.size()
                    + " serial(s) appear twice in the receipt or already exist; a serial exists once per item,"
                    + " so nothing was received", Map.of("serials", duplicates.stream().limit(MAX_LISTED).toList(),
                    "count", duplicates.size()));
        }
    }

    /** Another request received one of these serials at the same moment: the unique index refused ours. */
    private static RuntimeException concurrentDuplicate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains("uq_device_item_serial")) {
                String message = sql.getMessage();
                int detail = message.indexOf("Detail:");
                return new ProblemException(409, "duplicate-serials", "Duplicate serials",
                        "A serial of this receipt was just received by another request; nothing was received"
                                + (detail >= 0 ? ". " + message.substring(detail).trim() : ""));
            }
        }
        return e;
    }
}
