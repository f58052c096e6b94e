package org.consigna.inventory.api;

/**
 * A device's status as other modules see it: active (unused, sellable) · facility stock (sold to a
 * facility, still unused) · inactive (consumed or deactivated by hand).
 */
public enum DeviceStatus {
    ACTIVE, FACILITY_STOCK, INACTIVE;

    /** How the REST API spells it: {@code active}, {@code facility_stock}, {@code inactive}. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
