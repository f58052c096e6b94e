package org.consigna.events.api;

/** A device's status as events see it. */
public enum DeviceState {
    /** In a custodian's inventory, unused, sellable. */
    ACTIVE,
    /** Sold to a facility in a stocking order: still usable there, not sellable again. */
    FACILITY_STOCK,
    /** Consumed or deactivated: only tags and notes may be added. */
    INACTIVE
}
