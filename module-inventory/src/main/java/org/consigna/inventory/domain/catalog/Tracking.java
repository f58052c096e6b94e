package org.consigna.inventory.domain.catalog;

import org.consigna.platform.wire.WireEnum;

/** How the units of an item are told apart: one serial per unit, a lot per batch, or not at all. */
public enum Tracking implements WireEnum {
    SERIAL, LOT, NONE;
}
