package org.consigna.inventory.domain.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.DeviceStatus;

/**
 * Replays ledger entries, in ledger order, into the device states and balances they imply, checking
 * each entry's recorded balances on the way; then compares the result with what is stored. Pure:
 * the caller streams entries, devices and balances in. Holds one small record per device in memory.
 */
public final class LedgerFold {

    /** The ledger columns the fold needs. */
    public record Entry(long seq, EntryType type, UUID deviceId, UUID parentDeviceId, UUID itemId, String lot,
                        int quantity, Custodian to, UUID facilityId, DeviceStatus status, int balance, Integer fromBalance) {
    }

    /** A device as far as the ledger speaks about it. */
    public record DeviceFacts(UUID id, UUID itemId, String lot, Custodian custodian, DeviceStatus status, int quantity,
                              UUID facilityId) {

        StockAccount account() {
            return new StockAccount(custodian, itemId, lot, facilityId);
        }

        int counted() {
            return status.counted() ? quantity : 0;
        }

        DeviceFacts with(Custodian newCustodian, DeviceStatus newStatus, int newQuantity, UUID newFacility) {
            return new DeviceFacts(id, itemId, lot, newCustodian, newStatus, newQuantity, newFacility);
        }

        @Override
        public String toString() {
            return custodian + ", " + status.name().toLowerCase() + ", quantity " + quantity
                    + (facilityId == null ? "" : ", facility " + facilityId);
        }
    }

    /** One way in which stored state and ledger disagree. */
    public record Difference(String kind, String subject, String ledger, String stored) {
    }

    private final Map<UUID, DeviceFacts> devices = new HashMap<>();
    private final Map<StockAccount, Integer> balances = new HashMap<>();
    private final Differences differences;
    private long entries;

    public LedgerFold(int maxListed) {
        this.differences = new Differences(maxListed);
    }

    public void apply(Entry e) {
        entries++;
        DeviceFacts before = devices.get(e.deviceId());
        DeviceFacts parent = e.parentDeviceId() == null ? null : devices.get(e.parentDeviceId());
        if (e.type() == EntryType.MERGED) {
            merge(e, before, parent);
            return;
        }
        DeviceFacts after;
        StockAccount left;
        if (e.type() == EntryType.RECEIVED || e.parentDeviceId() != null) {
            if (before != null) {
                differences.add("entry", "seq " + e.seq(), "device " + e.deviceId() + " created once", "created again");
                return;
            }
            left = null;
            if (e.parentDeviceId() != null) {
                if (parent == null) {
                    differences.add("entry", "seq " + e.seq(), "split from a known device", "unknown " + e.parentDeviceId());
                    return;
                }
                move(parent, parent.with(parent.custodian(), parent.status(), parent.quantity() - e.quantity(), parent.facilityId()));
                left = parent.account();
            }
            after = new DeviceFacts(e.deviceId(), e.itemId(), e.lot(), e.to(), e.status(), e.quantity(), e.facilityId());
            move(null, after);
        } else {
            if (before == null) {
                differences.add("entry", "seq " + e.seq(), "a received device", "unknown device " + e.deviceId());
                return;
            }
            after = switch (e.type()) {
                case TRANSFERRED -> before.with(e.to(), before.status(), before.quantity(), before.facilityId());
                case ADJUSTED -> before.with(before.custodian(), before.status(), before.quantity() + e.quantity(), before.facilityId());
                case FACILITY_CHANGED -> before.with(before.custodian(), e.status(), before.quantity(), e.facilityId());
                default -> before.with(before.custodian(), e.status(), before.quantity(), before.facilityId());
            };
            left = before.account();
            move(before, after);
        }
        checkBalances(e, after.account(), left);
    }

    /** The part gives its units back to the lot it was set apart from; one account, whose balance does not change. */
    private void merge(Entry e, DeviceFacts part, DeviceFacts whole) {
        if (part == null || whole == null || !part.account().equals(whole.account()) || part.quantity() < e.quantity()) {
            differences.add("entry", "seq " + e.seq(), "a part merged back into its lot at the same custodian",
                    "part " + part + ", lot " + whole);
            return;
        }
        move(part, part.with(part.custodian(), part.status(), part.quantity() - e.quantity(), part.facilityId()));
        move(whole, whole.with(whole.custodian(), whole.status(), whole.quantity() + e.quantity(), whole.facilityId()));
        checkBalances(e, whole.account(), null);
    }

    /**
     * {@code balance}: the entry's account right after it. {@code fromBalance}: the account the units left,
     * right after the entry, only when that is another account (see {@link LedgerEntry}).
     */
    private void checkBalances(Entry e, StockAccount account, StockAccount left) {
        check(e, "balance", e.balance(), account);
        boolean between = left != null && !left.equals(account);
        if (between && e.fromBalance() == null) {
            differences.add("entry from balance", "seq " + e.seq(), String.valueOf(balances.getOrDefault(left, 0)), "none");
        } else if (between) {
            check(e, "from balance", e.fromBalance(), left);
        } else if (e.fromBalance() != null && !legacySplit(e)) {
            differences.add("entry from balance", "seq " + e.seq(), "none (one account)", String.valueOf(e.fromBalance()));
        }
    }

    /** Written before from balances were defined: a part set apart recorded its lot's balance half-way. */
    private static boolean legacySplit(Entry e) {
        return e.type() == EntryType.SPLIT && e.fromBalance() == e.balance() - e.quantity();
    }

    private void move(DeviceFacts before, DeviceFacts after) {
        if (before != null) {
            balances.merge(before.account(), -before.counted(), Integer::sum);
        }
        balances.merge(after.account(), after.counted(), Integer::sum);
        devices.put(after.id(), after);
    }

    private void check(Entry e, String what, int recorded, StockAccount account) {
        int replayed = account == null ? 0 : balances.getOrDefault(account, 0);
        if (recorded != replayed) {
            differences.add("entry " + what, "seq " + e.seq(), String.valueOf(replayed), String.valueOf(recorded));
        }
    }

    /** Compares one stored device with the ledger's view of it. Call once per stored device. */
    public void compareStored(DeviceFacts stored) {
        DeviceFacts folded = devices.remove(stored.id());
        if (folded == null) {
            differences.add("device", stored.id().toString(), "no entries", stored.toString());
        } else if (!Objects.equals(folded.custodian(), stored.custodian()) || folded.status() != stored.status()
                || folded.quantity() != stored.quantity() || !Objects.equals(folded.facilityId(), stored.facilityId())) {
            differences.add("device", stored.id().toString(), folded.toString(), stored.toString());
        }
    }

    /** Compares one stored balance row with the replayed balance. Call once per stored row. */
    public void compareStored(StockAccount account, int quantity) {
        int folded = balances.getOrDefault(account, 0);
        balances.remove(account);
        if (folded != quantity) {
            differences.add("balance", describe(account), String.valueOf(folded), String.valueOf(quantity));
        }
    }

    /** What the ledger holds that was not stored, then the outcome. */
    public Verification finish(long storedDevices, long storedBalances) {
        devices.values().forEach(d -> differences.add("device", d.id().toString(), d.toString(), "missing"));
        balances.forEach((account, quantity) -> {
            if (quantity != 0) {
                differences.add("balance", describe(account), String.valueOf(quantity), "missing");
            }
        });
        return new Verification(entries, storedDevices, storedBalances, differences.count(), differences.listed());
    }

    private static String describe(StockAccount a) {
        return a.custodian() + ", item " + a.itemId() + (a.lot().isEmpty() ? "" : ", lot " + a.lot())
                + (a.facilityId() == null ? "" : ", facility " + a.facilityId());
    }

    /** The outcome: consistent when there is no difference. */
    public record Verification(long entries, long devices, long balances, long differenceCount, List<Difference> differences) {

        public boolean consistent() {
            return differenceCount == 0;
        }
    }

    /** Counts every difference and keeps the first few. */
    private static final class Differences {
        private final int max;
        private final List<Difference> listed = new ArrayList<>();
        private long count;

        Differences(int max) {
            this.max = max;
        }

        void add(String kind, String subject, String ledger, String stored) {
            count++;
            if (listed.size() < max) {
                listed.add(new Difference(kind, subject, ledger, stored));
            }
        }

        long count() {
            return count;
        }

        List<Difference> listed() {
            return List.copyOf(listed);
        }
    }
}
