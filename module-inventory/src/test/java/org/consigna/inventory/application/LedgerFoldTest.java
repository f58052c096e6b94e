package org.consigna.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.UUID;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.device.Device;
import org.consigna.inventory.domain.DeviceStatus;
import org.consigna.inventory.domain.ledger.StockAccount;
import org.consigna.inventory.domain.ledger.Balances;
import org.consigna.inventory.domain.ledger.EntryType;
import org.consigna.inventory.domain.ledger.LedgerEntry;
import org.consigna.inventory.domain.ledger.LedgerFold;
import org.consigna.inventory.domain.ledger.LedgerRepository;
import org.consigna.inventory.domain.ledger.Posting;
import org.consigna.inventory.domain.ledger.Source;
import org.consigna.platform.problem.ProblemException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Random device operations posted through the real {@link Ledger} (balances and entries kept in
 * memory), then replayed by {@link LedgerFold}: the fold must reproduce every device, every
 * balance and every recorded resulting balance, and must notice a change made behind its back.
 */
class LedgerFoldTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final Map<StockAccount, Integer> stored = new HashMap<>();
    private final List<LedgerEntry> written = new ArrayList<>();
    private final List<Device> devices = new ArrayList<>();
    private final Ledger ledger = new Ledger();

    LedgerFoldTest() {
        ledger.balances = (Balances) (SortedMap<StockAccount, Integer> deltas) -> {
            Map<StockAccount, Integer> result = new HashMap<>();
            deltas.forEach((account, delta) -> result.put(account, stored.merge(account, delta, Integer::sum)));
            return result;
        };
        ledger.entries = new LedgerRepository() {
            @Override
            public void append(List<LedgerEntry> entries) {
                written.addAll(entries);
            }

            @Override
            public Map<UUID, UUID> setApartFrom(java.util.Collection<UUID> deviceIds, Source source) {
                return Map.of();
            }

            @Override
            public List<LedgerEntry> history(UUID deviceId, Long beforeSeq, int limit) {
                return List.of();
            }
        };
    }

    @RepeatedTest(20)
    void randomOperationsFoldBackIntoTheStoredState() {
        Random random = new Random();
        List<Custodian> custodians = List.of(Custodian.member(UUID.randomUUID()), Custodian.member(UUID.randomUUID()),
                Custodian.location(UUID.randomUUID()));
        List<UUID> items = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<UUID> facilities = List.of(UUID.randomUUID(), UUID.randomUUID());
        for (int step = 0; step < 400; step++) {
            try {
                operate(random, custodians, items, facilities);
            } catch (ProblemException refused) {
                // A refused change changes nothing; the fold must still agree afterwards.
            }
        }
        assertThat(fold().differences()).isEmpty();
    }

    @Test
    void aChangeBehindTheLedgersBackIsReported() {
        Custodian rep = Custodian.member(UUID.randomUUID());
        Device device = Device.receive(UUID.randomUUID(), null, "L1", null, 5, null, rep, NOW);
        devices.add(device);
        post(device.received());
        device.adjust(-2, "lost", NOW); // the device changes, the ledger and the balance do not

        LedgerFold.Verification verification = fold();

        assertThat(verification.consistent()).isFalse();
        assertThat(verification.differences()).extracting(LedgerFold.Difference::kind).containsExactly("device");
    }

    @Test
    void everyEntryRecordsItsAccountsBalanceAfterItAndAFromBalanceOnlyBetweenTwoAccounts() {
        Custodian warehouse = Custodian.location(UUID.randomUUID());
        Custodian rep = Custodian.member(UUID.randomUUID());
        Device lot = Device.receive(UUID.randomUUID(), null, "L1", null, 10, null, warehouse, NOW);
        devices.add(lot);
        post(lot.received());
        UUID transfer = UUID.randomUUID();
        Device part = lot.holdFor(transfer, 3, NOW);
        devices.add(part);
        post(lot.splitPosting(EntryType.SPLIT, part, "set apart"));
        part.release(transfer, NOW);
        post(part.mergeInto(lot, NOW).orElseThrow());
        post(lot.transferTo(rep, NOW));

        assertThat(written).extracting(LedgerEntry::type)
                .containsExactly(EntryType.RECEIVED, EntryType.SPLIT, EntryType.MERGED, EntryType.TRANSFERRED);
        assertThat(written).extracting(LedgerEntry::balance).containsExactly(10, 10, 10, 10);
        assertThat(written).extracting(LedgerEntry::fromBalance).containsExactly(null, null, null, 0);
        assertThat(fold().differences()).isEmpty();
        assertThat(lot.quantity()).isEqualTo(10);
        assertThat(part.quantity()).isZero();
    }

    @Test
    void aSplitWrittenBeforeFromBalancesWereDefinedStillReplays() {
        UUID item = UUID.randomUUID();
        Custodian warehouse = Custodian.location(UUID.randomUUID());
        UUID lot = UUID.randomUUID();
        UUID part = UUID.randomUUID();
        LedgerFold fold = new LedgerFold(10);
        fold.apply(new LedgerFold.Entry(1, EntryType.RECEIVED, lot, null, item, "L1", 10, warehouse, null, DeviceStatus.ACTIVE, 10, null));
        fold.apply(new LedgerFold.Entry(2, EntryType.SPLIT, part, lot, item, "L1", 3, warehouse, null, DeviceStatus.ACTIVE, 10, 7));
        fold.apply(new LedgerFold.Entry(3, EntryType.ADJUSTED, lot, null, item, "L1", 1, warehouse, null, DeviceStatus.ACTIVE, 11, 11));

        assertThat(fold.finish(0, 0).differences()).extracting(LedgerFold.Difference::subject).contains("seq 3")
                .doesNotContain("seq 2");
    }

    private void operate(Random random, List<Custodian> custodians, List<UUID> items, List<UUID> facilities) {
        Custodian someone = custodians.get(random.nextInt(custodians.size()));
        if (devices.isEmpty() || random.nextInt(6) == 0) {
            boolean serialized = random.nextBoolean();
            Device device = Device.receive(items.get(random.nextInt(items.size())), serialized ? UUID.randomUUID().toString() : null,
                    "L" + random.nextInt(3), null, serialized ? 1 : 1 + random.nextInt(20), null, someone, NOW);
            devices.add(device);
            post(device.received());
            return;
        }
        Device device = devices.get(random.nextInt(devices.size()));
        switch (random.nextInt(7)) {
            case 0 -> {
                if (device.custodian().equals(someone)) {
                    return;
                }
                int quantity = device.quantity() > 1 ? 1 + random.nextInt(device.quantity()) : 1;
                UUID transfer = UUID.randomUUID();
                Device travelling = device.holdFor(transfer, quantity, NOW);
                if (travelling != device) {
                    devices.add(travelling);
                    post(device.splitPosting(EntryType.SPLIT, travelling, "set apart for transfer"));
                }
                travelling.release(transfer, NOW);
                if (random.nextInt(4) == 0) {
                    // rejected or cancelled: what was set apart goes back into its lot
                    if (travelling != device) {
                        travelling.mergeInto(device, NOW).ifPresent(this::post);
                    }
                    return;
                }
                if (random.nextInt(5) == 0 && travelling.quantity() > 1) {
                    // a transfer created before parts were set apart at creation: split at acceptance
                    Device part = travelling.splitTo(someone, travelling.quantity() - 1, NOW);
                    devices.add(part);
                    post(travelling.splitPosting(EntryType.TRANSFERRED, part, null));
                } else {
                    post(travelling.transferTo(someone, NOW));
                }
            }
            case 1 -> post(device.adjust(random.nextInt(7) - 3, "count_correction", NOW));
            case 2 -> post(device.deactivate("broken", UUID.randomUUID(), NOW));
            case 3 -> {
                if (device.quantity() > 1 && random.nextBoolean()) {
                    device.requireUsable();
                    Device used = device.consumePart(1, "case", UUID.randomUUID(), NOW);
                    devices.add(used);
                    post(device.splitPosting(EntryType.CONSUMED, used, "case"));
                } else {
                    post(device.consume("case", UUID.randomUUID(), NOW));
                }
            }
            case 4 -> post(device.reactivate("reopened", NOW));
            case 5 -> post(device.changeFacility(device.status() == DeviceStatus.FACILITY_STOCK && random.nextBoolean() ? null
                    : facilities.get(random.nextInt(facilities.size())), "stocking order", NOW));
            default -> post(device.consume("case", UUID.randomUUID(), NOW));
        }
    }

    private void post(Posting posting) {
        ledger.post(List.of(posting), new Act(UUID.randomUUID(), posting.to().id(), Source.of("test", UUID.randomUUID(), null)));
    }

    private LedgerFold.Verification fold() {
        LedgerFold fold = new LedgerFold(50);
        long seq = 0;
        for (LedgerEntry e : written) {
            fold.apply(new LedgerFold.Entry(++seq, e.type(), e.deviceId(), e.parentDeviceId(), e.itemId(), e.lot(), e.quantity(),
                    e.to(), e.facilityId(), e.status(), e.balance(), e.fromBalance()));
        }
        devices.forEach(d -> fold.compareStored(new LedgerFold.DeviceFacts(d.id(), d.itemId(), d.lot(), d.custodian(),
                d.status(), d.quantity(), d.facilityId())));
        stored.forEach(fold::compareStored);
        return fold.finish(devices.size(), stored.size());
    }
}
