package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.device.Device;
import org.consigna.inventory.domain.device.DeviceRepository;
import org.consigna.inventory.domain.ledger.EntryType;
import org.consigna.inventory.domain.ledger.LedgerRepository;
import org.consigna.inventory.domain.ledger.Posting;
import org.consigna.inventory.domain.ledger.Source;
import org.consigna.inventory.domain.transfer.Transfer;
import org.consigna.inventory.domain.transfer.TransferLine;
import org.consigna.inventory.domain.transfer.TransferRepository;
import org.consigna.inventory.domain.transfer.TransferStatus;
import org.consigna.platform.problem.ProblemException;

/**
 * Transfers: created by (or for) the sender, accepted in whole or part or rejected by (or for) the
 * receiver, cancelled by (or for) the sender. Rows are locked transfer first, then devices in id
 * order, so of two concurrent requests on the same devices exactly one wins and the other is told why.
 */
@ApplicationScoped
@Transactional
public class TransferService {

    @Inject
    TransferRepository transfers;

    @Inject
    DeviceRepository devices;

    @Inject
    Custodians custodians;

    @Inject
    Access access;

    @Inject
    Ledger ledger;

    @Inject
    Claims claims;

    @Inject
    LedgerRepository entries;

    /** A device to send; quantity null means all of it. */
    public record Line(UUID deviceId, Integer quantity) {
    }

    public Transfer create(UUID receiverId, List<Line> lines, String note) {
        Custodian receiver = custodians.holder("toCustodianId", receiverId);
        Set<UUID> ids = new HashSet<>();
        lines.forEach(line -> {
            if (!ids.add(line.deviceId())) {
                throw ProblemException.badRequest("duplicate-line", "Device " + line.deviceId() + " appears twice in the transfer");
            }
        });
        Map<UUID, Device> locked = devices.lock(ids).stream().collect(Collectors.toMap(Device::id, Function.identity()));
        access.requireDeviceReferences(lines.stream().map(Line::deviceId).toList(), locked);
        Custodian sender = null;
        for (Line line : lines) {
            Device device = locked.get(line.deviceId());
            if (sender != null && !sender.equals(device.custodian())) {
                throw new ProblemException(400, "one-sender", "Bad request", "A transfer sends from one custodian;"
                        + " these devices are held by " + custodians.name(sender) + " and " + custodians.name(device.custodian()),
                        Map.of("custodianIds", List.of(sender.id().toString(), device.custodian().id().toString())));
            }
            sender = device.custodian();
        }
        access.requireMayActFor(locked.get(lines.get(0).deviceId()));
        claims.requireUnclaimed(ids, "transferred");
        Instant now = Instant.now();
        Transfer transfer = new Transfer(sender, receiver, note, access.actor(), now);
        List<Posting> setApart = new ArrayList<>();
        for (Line line : lines) {
            Device device = locked.get(line.deviceId());
            int quantity = line.quantity() == null ? device.quantity() : line.quantity();
            Device travelling = device.holdFor(transfer.id(), quantity, now);
            if (travelling != device) {
                devices.add(travelling);
                setApart.add(device.splitPosting(EntryType.SPLIT, travelling, "set apart for transfer " + transfer.id()));
            }
            transfer.add(travelling.id(), quantity);
        }
        transfers.add(transfer);
        ledger.post(setApart, new Act(access.actor(), sender.id(), Source.of("transfer", transfer.id(), null)));
        transfers.flush();
        return transfer;
    }

    /** Accepts the given lines (all when null); the rest are rejected as missing from the shipment. */
    public Transfer accept(UUID id, Set<UUID> lineIds, String note) {
        Transfer transfer = lockVisible(id);
        access.requireMayActFor(transfer.to());
        UUID actor = access.actor();
        Instant now = Instant.now();
        // The devices are locked (two queries) before the transfer changes: a query flushes what changed before it,
        // which wrote each line twice (its status, then its received device). A decided transfer is refused by accept.
        Held held = transfer.status() == TransferStatus.PENDING ? lockDevices(transfer) : null;
        Set<TransferLine> accepted = new HashSet<>(transfer.accept(lineIds, actor, note, now));
        List<Posting> postings = new ArrayList<>();
        for (TransferLine line : transfer.lines()) {
            Device device = held.devices().get(line.deviceId());
            device.release(transfer.id(), now);
            if (!accepted.contains(line)) {
                continue;
            }
            if (line.quantity() == device.quantity()) {
                postings.add(device.transferTo(transfer.to(), now));
                transfer.received(line, device.id());
            } else {
                Device part = device.splitTo(transfer.to(), line.quantity(), now);
                devices.add(part);
                postings.add(device.splitPosting(EntryType.TRANSFERRED, part, null));
                transfer.received(line, part.id());
            }
        }
        // The receiver's entries and the refused parts merged back on the sender's side, as one set.
        Source source = Source.of("transfer", transfer.id(), null);
        Act received = new Act(actor, transfer.to().id(), source);
        Act givenBack = new Act(actor, transfer.from().id(), source);
        List<TransferLine> refused = transfer.lines().stream().filter(line -> !accepted.contains(line)).toList();
        List<Ledger.Posted> all = new ArrayList<>();
        postings.forEach(posting -> all.add(new Ledger.Posted(posting, received)));
        mergeBack(refused, held, now).forEach(posting -> all.add(new Ledger.Posted(posting, givenBack)));
        ledger.post(all);
        transfers.flush();
        return transfer;
    }

    public Transfer reject(UUID id, String note) {
        Transfer transfer = lockVisible(id);
        access.requireMayActFor(transfer.to());
        transfer.reject(access.actor(), note, Instant.now());
        release(transfer);
        transfers.flush();
        return transfer;
    }

    public Transfer cancel(UUID id, String note) {
        Transfer transfer = lockVisible(id);
        access.requireMayActFor(transfer.from());
        transfer.cancel(access.actor(), note, Instant.now());
        release(transfer);
        transfers.flush();
        return transfer;
    }

    public Transfer load(UUID id) {
        Transfer transfer = transfers.find(id).orElseThrow(() -> notFound(id));
        return requireVisible(transfer);
    }

    /** Newest first, keyset-paged; only transfers from or to custodians the caller sees. */
    public List<Transfer> list(TransferStatus status, UUID custodianId, Instant beforeCreated, UUID beforeId, int limit) {
        Set<UUID> scope = access.visibleCustodians();
        Set<UUID> custodians = custodianId == null ? scope
                : scope == null || scope.contains(custodianId) ? Set.of(custodianId) : Set.of();
        return transfers.list(custodians, status, beforeCreated, beforeId, limit);
    }

    private Transfer lockVisible(UUID id) {
        return requireVisible(transfers.lock(id).orElseThrow(() -> notFound(id)));
    }

    private Transfer requireVisible(Transfer transfer) {
        if (!access.maySee(transfer.from()) && !access.maySee(transfer.to())) {
            throw notFound(transfer.id());
        }
        return transfer;
    }

    /** Nothing was sent: every device is free again, and each part set apart goes back into its lot. */
    private void release(Transfer transfer) {
        Instant now = Instant.now();
        Held held = lockDevices(transfer);
        held.devices().values().forEach(device -> device.release(transfer.id(), now));
        ledger.post(mergeBack(transfer.lines(), held, now),
                new Act(access.actor(), transfer.from().id(), Source.of("transfer", transfer.id(), null)));
    }

    /**
     * Parts these lines set apart from a lot go back into it (released first), so a lot sent in part
     * and not received is one lot again and can be sent whole. Not when the lot has moved on (other
     * custodian, status, a pending transfer) or another module holds it (an open event): the part then
     * stays a device of its own.
     */
    private List<Posting> mergeBack(List<TransferLine> lines, Held held, Instant now) {
        Set<UUID> wholes = lines.stream().map(line -> held.setApartFrom().get(line.deviceId()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (wholes.isEmpty()) {
            return List.of();
        }
        Set<UUID> claimed = claims.claimed(wholes);
        List<Posting> merged = new ArrayList<>();
        for (TransferLine line : lines) {
            UUID wholeId = held.setApartFrom().get(line.deviceId());
            Device whole = wholeId == null || claimed.contains(wholeId) ? null : held.devices().get(wholeId);
            if (whole != null) {
                held.devices().get(line.deviceId()).mergeInto(whole, now).ifPresent(merged::add);
            }
        }
        return merged;
    }

    /** The transfer's devices and the lots they were set apart from, by id. */
    private record Held(Map<UUID, Device> devices, Map<UUID, UUID> setApartFrom) {
    }

    /**
     * The transfer's devices, locked with the lots they were set apart from (all in id order); each of the
     * transfer's must still be held by this transfer.
     */
    private Held lockDevices(Transfer transfer) {
        List<UUID> ids = transfer.lines().stream().map(TransferLine::deviceId).toList();
        Map<UUID, UUID> parents = entries.setApartFrom(ids, Source.of("transfer", transfer.id(), null));
        Set<UUID> all = new HashSet<>(ids);
        all.addAll(parents.values());
        Map<UUID, Device> held = devices.lock(all).stream().collect(Collectors.toMap(Device::id, Function.identity()));
        ids.stream().map(held::get).filter(d -> !transfer.id().equals(d.pendingTransferId())).findFirst().ifPresent(d -> {
            throw new IllegalStateException(d.label() + " is not held by transfer " + transfer.id());
        });
        return new Held(held, parents);
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(404, "transfer-not-found", "Transfer not found", "There is no transfer '" + id + "' you may see");
    }
}
