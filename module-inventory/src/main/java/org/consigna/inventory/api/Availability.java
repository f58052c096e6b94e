package org.consigna.inventory.api;

/** Whether a device can be used, and if not, why (with a sentence a user can read). */
public record Availability(Reason reason, String detail) {

    public enum Reason {
        AVAILABLE, UNKNOWN_DEVICE, INACTIVE, IN_PENDING_TRANSFER, NOTHING_ON_HAND, FACILITY_STOCK_OF_ANOTHER_FACILITY
    }

    public boolean available() {
        return reason == Reason.AVAILABLE;
    }
}
