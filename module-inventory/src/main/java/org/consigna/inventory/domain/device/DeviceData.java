package org.consigna.inventory.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.ledger.StockAccount;
import org.consigna.inventory.domain.DeviceStatus;

/**
 * What is stored about a device, and the guards that only read it; {@link Device} holds the
 * changes. Split off to keep each file about one thing.
 */
@MappedSuperclass
public abstract class DeviceData {

    @Id
    protected UUID id;

    @Column(name = "item_id")
    protected UUID itemId;

    protected String serial;

    protected String lot;

    protected LocalDate expiry;

    protected int quantity;

    protected String udi;

    @Embedded
    protected Custodian custodian;

    protected DeviceStatus status;

    @Column(name = "facility_id")
    protected UUID facilityId;

    @Column(name = "inactive_cause")
    protected InactiveCause inactiveCause;

    @Column(name = "inactive_reason")
    protected String inactiveReason;

    @Column(name = "inactive_by")
    protected UUID inactiveBy;

    @Column(name = "inactive_at")
    protected Instant inactiveAt;

    @Column(name = "pending_transfer_id")
    protected UUID pendingTransferId;

    @Column(name = "received_at")
    protected Instant receivedAt;

    @Column(name = "updated_at")
    protected Instant updatedAt;

    @Version
    protected long version;

    /** Anything but tags and notes needs an active (or facility stock) device. */
    public void requireActionable(String action) {
        if (status == DeviceStatus.INACTIVE) {
            throw DeviceProblems.inactive(this, action);
        }
    }

    /** Adjusting, deactivating and facility changes: not while a transfer holds the device. */
    public void requireChangeable(String action) {
        requireActionable(action);
        if (pendingTransferId != null) {
            throw DeviceProblems.pending(this, action);
        }
    }

    /** Transfers move consigned stock that is on hand and not already on its way. */
    public void requireMovable(String action) {
        requireChangeable(action);
        if (status == DeviceStatus.FACILITY_STOCK) {
            throw DeviceProblems.facilityStock(this, action);
        }
        if (quantity == 0) {
            throw DeviceProblems.nothingOnHand(this, action);
        }
    }

    /** Use in an event: active or facility stock, on hand, not in a pending transfer. */
    public void requireUsable() {
        requireChangeable("used");
        if (quantity == 0) {
            throw DeviceProblems.nothingOnHand(this, "used");
        }
    }

    /** The balance this device counts in. */
    public StockAccount account() {
        return new StockAccount(custodian, itemId, lot, facilityId);
    }

    /** How a message names the device: by serial or lot when it has one. */
    public String label() {
        return "Device " + id + (serial != null ? " (serial " + serial + ")" : lot != null ? " (lot " + lot + ")" : "");
    }

    public UUID id() {
        return id;
    }

    public UUID itemId() {
        return itemId;
    }

    public String serial() {
        return serial;
    }

    public String lot() {
        return lot;
    }

    public LocalDate expiry() {
        return expiry;
    }

    public int quantity() {
        return quantity;
    }

    public String udi() {
        return udi;
    }

    public Custodian custodian() {
        return custodian;
    }

    public DeviceStatus status() {
        return status;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public InactiveCause inactiveCause() {
        return inactiveCause;
    }

    public String inactiveReason() {
        return inactiveReason;
    }

    public UUID inactiveBy() {
        return inactiveBy;
    }

    public Instant inactiveAt() {
        return inactiveAt;
    }

    public UUID pendingTransferId() {
        return pendingTransferId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
