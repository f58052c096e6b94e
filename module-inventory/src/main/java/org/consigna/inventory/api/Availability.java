package org.consigna.inventory.api;

/**
 * Whether a device can be used, and if not, why (with a sentence a user can read). An available device
 * comes with its summary as read under the lock ({@code device}; null otherwise), so the caller need not
 * read it again.
 */
public record Availability(Reason reason, String detail, DeviceSummary device) {

    public enum Reason {
        AVAILABLE, UNKNOWN_DEVICE, INACTIVE, IN_PENDING_TRANSFER, NOTHING_ON_HAND, FACILITY_STOCK_OF_ANOTHER_FACILITY
    }

    public Availability(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public boolean available() {
        return reason == Reason.AVAILABLE;
    }
}
