package org.consigna.inventory.domain.device;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.ledger.StockAccount;
import org.consigna.inventory.domain.ledger.EntryType;
import org.consigna.inventory.domain.ledger.Posting;
import org.consigna.inventory.domain.DeviceStatus;

/**
 * One serialized unit, or a quantity of one lot (or of an untracked item), held by one custodian.
 * Every change of custody, status, quantity or facility returns the {@link Posting} the ledger
 * must record in the same transaction. Not cached: there are millions and they change under locks.
 */
@Entity
@Table(name = "device")
@Cacheable(false)
@NamedQuery(name = Device.LOCK, query = "select d from Device d where d.id = :id", lockMode = LockModeType.PESSIMISTIC_WRITE)
@NamedQuery(name = Device.BY_IDS, query = "select d from Device d where d.id in :ids")
@NamedQuery(name = Device.LOCK_ALL, query = "select d from Device d where d.id in :ids order by d.id",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
public class Device extends DeviceData {

    /** The device, locked for the transaction: a named query, prepared once (a locking find is prepared on every call). */
    public static final String LOCK = "Device.lock";

    /** Devices by id: a named query, parsed and prepared once. */
    public static final String BY_IDS = "Device.byIds";

    /** Devices by id, locked in id order (two overlapping sets never deadlock): a named query, prepared once. */
    public static final String LOCK_ALL = "Device.lockAll";

    protected Device() {
    }

    private Device(UUID itemId, String serial, String lot, LocalDate expiry, int quantity, String udi,
                   Custodian custodian, Instant now) {
        this.id = UUID.randomUUID();
        this.itemId = Objects.requireNonNull(itemId);
        this.serial = serial;
        this.lot = lot;
        this.expiry = expiry;
        this.quantity = quantity;
        this.udi = udi;
        this.custodian = Objects.requireNonNull(custodian);
        this.status = DeviceStatus.ACTIVE;
        this.receivedAt = now;
        this.updatedAt = now;
    }

    /** A device entering the inventory; the receiving use case has checked it against its item. */
    public static Device receive(UUID itemId, String serial, String lot, LocalDate expiry, int quantity, String udi,
                                 Custodian custodian, Instant now) {
        if (quantity < 1 || serial != null && quantity != 1) {
            throw DeviceProblems.invalid("invalid-quantity", "A device is received with quantity 1 or more, a serialized one with 1");
        }
        return new Device(itemId, serial, lot, expiry, quantity, udi, custodian, now);
    }

    public Posting received() {
        return posting(EntryType.RECEIVED, id, null, quantity, null, null, 0, account(), quantity, null);
    }

    /**
     * Puts what a transfer line sends into the pending transfer: from now on it cannot move or be used
     * elsewhere. All of the device, or part of its lot quantity: the part is then set apart as a new
     * device of the same custodian (record {@link #splitPosting} with {@link EntryType#SPLIT}), so the
     * rest stays free while the transfer is pending.
     *
     * @return the device that travels: this one, or the part set apart
     */
    public Device holdFor(UUID transferId, int transferQuantity, Instant now) {
        requireMovable("transferred");
        if (transferQuantity < 1 || transferQuantity > quantity) {
            throw DeviceProblems.invalid("invalid-quantity", label() + " holds " + quantity
                    + "; a transfer line must move between 1 and " + quantity);
        }
        Device travelling = transferQuantity == quantity ? this : splitTo(custodian, transferQuantity, now);
        travelling.pendingTransferId = transferId;
        travelling.updatedAt = now;
        return travelling;
    }

    /** Lets go of a pending transfer that was decided or cancelled. */
    public void release(UUID transferId, Instant now) {
        if (transferId.equals(pendingTransferId)) {
            this.pendingTransferId = null;
            this.updatedAt = now;
        }
    }

    /** Custody moves as a whole: the accepted line carried the device's full quantity. */
    public Posting transferTo(Custodian receiver, Instant now) {
        StockAccount before = account();
        Custodian sender = custodian;
        this.custodian = receiver;
        this.updatedAt = now;
        return posting(EntryType.TRANSFERRED, id, null, quantity, sender, before, -quantity, account(), quantity, null);
    }

    /** Part of a lot quantity moves: it becomes a new device at the receiver. */
    public Device splitTo(Custodian receiver, int part, Instant now) {
        if (part < 1 || part >= quantity) {
            throw new IllegalArgumentException("a split takes between 1 and " + (quantity - 1) + " units");
        }
        Device child = new Device(itemId, serial, lot, expiry, part, udi, receiver, now);
        child.facilityId = facilityId;
        child.status = status;
        this.quantity -= part;
        this.updatedAt = now;
        return child;
    }

    /**
     * The ledger's view of a split: a moved part goes from this device's balance to the child's; a
     * used (inactive) part just leaves this device's balance.
     */
    public Posting splitPosting(EntryType type, Device child, String reason) {
        if (!child.status.counted()) {
            return child.posting(type, child.id, id, child.quantity, custodian, null, 0, account(), -child.quantity, reason);
        }
        return child.posting(type, child.id, id, child.quantity, custodian, account(), -child.quantity,
                child.account(), child.quantity, reason);
    }

    /**
     * Gives this part, set apart for a transfer that was rejected or cancelled, back to the lot it was set
     * apart from, when both are still the same stock: same item, lot, custodian and status, consigned, and
     * neither held by a transfer. The part keeps its history and holds nothing afterwards.
     *
     * @return the posting ({@link EntryType#MERGED}), or empty when the lot has moved on: the part then
     *         stays a device of its own
     */
    public Optional<Posting> mergeInto(Device whole, Instant now) {
        boolean sameStock = whole != this && whole.itemId.equals(itemId) && Objects.equals(whole.lot, lot)
                && serial == null && whole.serial == null && whole.custodian.equals(custodian)
                && status == DeviceStatus.ACTIVE && whole.status == DeviceStatus.ACTIVE
                && facilityId == null && whole.facilityId == null
                && pendingTransferId == null && whole.pendingTransferId == null && quantity > 0;
        if (!sameStock) {
            return Optional.empty();
        }
        int part = quantity;
        this.quantity = 0;
        this.updatedAt = now;
        whole.quantity += part;
        whole.updatedAt = now;
        return Optional.of(new Posting(EntryType.MERGED, id, whole.id, itemId, lot, serial, part, custodian, custodian,
                facilityId, status, null, 0, account(), 0, "back into " + whole.id));
    }

    public Posting adjust(int delta, String reason, Instant now) {
        requireChangeable("adjusted");
        if (delta == 0) {
            throw DeviceProblems.invalid("invalid-adjustment", "An adjustment changes the quantity by at least one unit");
        }
        if (quantity + delta < 0) {
            throw DeviceProblems.negative(this, delta);
        }
        if (serial != null && quantity + delta > 1) {
            throw DeviceProblems.invalid("invalid-adjustment", label() + " is serialized and holds at most one unit");
        }
        this.quantity += delta;
        this.updatedAt = now;
        return posting(EntryType.ADJUSTED, id, null, delta, custodian, null, 0, account(), delta, reason);
    }

    public Posting deactivate(String reason, UUID by, Instant now) {
        requireChangeable("deactivated");
        becomeInactive(InactiveCause.DEACTIVATED, reason, by, now);
        return posting(EntryType.DEACTIVATED, id, null, quantity, custodian, null, 0, account(), -quantity, reason);
    }

    /** Used up in an event; the caller checked availability. The whole device. */
    public Posting consume(String reason, UUID by, Instant now) {
        requireUsable();
        becomeInactive(InactiveCause.CONSUMED, reason, by, now);
        return posting(EntryType.CONSUMED, id, null, quantity, custodian, null, 0, account(), -quantity, reason);
    }

    /** Part of a lot used up: the used part becomes an inactive device of its own. */
    public Device consumePart(int part, String reason, UUID by, Instant now) {
        requireUsable();
        Device used = splitTo(custodian, part, now);
        used.becomeInactive(InactiveCause.CONSUMED, reason, by, now);
        return used;
    }

    /** The one way back: a consumed device removed unused from a reopened event. */
    public Posting reactivate(String reason, Instant now) {
        if (status != DeviceStatus.INACTIVE || inactiveCause != InactiveCause.CONSUMED) {
            throw DeviceProblems.notReactivatable(this);
        }
        this.status = facilityId == null ? DeviceStatus.ACTIVE : DeviceStatus.FACILITY_STOCK;
        this.inactiveCause = null;
        this.inactiveReason = null;
        this.inactiveBy = null;
        this.inactiveAt = null;
        this.updatedAt = now;
        return posting(EntryType.REACTIVATED, id, null, quantity, custodian, null, 0, account(), quantity, reason);
    }

    /** Sold to a facility as facility stock (facility given), or back to consigned stock (null). */
    public Posting changeFacility(UUID facility, String reason, Instant now) {
        requireChangeable("moved to another facility");
        if (Objects.equals(facility, facilityId)) {
            throw DeviceProblems.invalid("facility-unchanged", label() + " is already "
                    + (facility == null ? "consigned stock" : "facility stock of " + facility));
        }
        StockAccount before = account();
        this.facilityId = facility;
        this.status = facility == null ? DeviceStatus.ACTIVE : DeviceStatus.FACILITY_STOCK;
        this.updatedAt = now;
        return posting(EntryType.FACILITY_CHANGED, id, null, quantity, custodian, before, -quantity, account(), quantity, reason);
    }

    /** Expiry and raw UDI can be corrected; identity (item, serial, lot) cannot. */
    public void edit(LocalDate newExpiry, String newUdi, Instant now) {
        requireActionable("edited");
        this.expiry = newExpiry;
        this.udi = newUdi;
        this.updatedAt = now;
    }

    private void becomeInactive(InactiveCause cause, String reason, UUID by, Instant now) {
        this.status = DeviceStatus.INACTIVE;
        this.inactiveCause = cause;
        this.inactiveReason = reason;
        this.inactiveBy = by;
        this.inactiveAt = now;
        this.updatedAt = now;
    }

    private Posting posting(EntryType type, UUID deviceId, UUID parent, int entryQuantity, Custodian from,
                            StockAccount source, int sourceDelta, StockAccount target, int targetDelta, String reason) {
        return new Posting(type, deviceId, parent, itemId, lot, serial, entryQuantity, from, custodian, facilityId,
                status, source, sourceDelta, target, targetDelta, reason);
    }
}
