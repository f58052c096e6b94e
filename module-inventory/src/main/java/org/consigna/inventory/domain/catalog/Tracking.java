package org.consigna.inventory.domain.catalog;

import jakarta.persistence.Converter;
import org.consigna.inventory.domain.WireConverter;

/** How the units of an item are told apart: one serial per unit, a lot per batch, or not at all. */
public enum Tracking {
    SERIAL, LOT, NONE;

    @Converter
    public static class Jpa extends WireConverter<Tracking> {
        public Jpa() {
            super(Tracking.class);
        }
    }
}
