package org.consigna.inventory.domain;

import org.consigna.platform.wire.WireEnum;

/**
 * Active (unused, sellable) · facility stock (sold to a facility, still unused, custody kept by the
 * seller) · inactive (consumed or deactivated by hand). Only inactive devices leave on-hand.
 */
public enum DeviceStatus implements WireEnum {
    ACTIVE, FACILITY_STOCK, INACTIVE;

    public boolean counted() {
        return this != INACTIVE;
    }
}
