package org.consigna.inventory.domain.device;

import jakarta.persistence.Converter;
import org.consigna.inventory.domain.WireConverter;

/** Why a device is inactive. Only a consumed device may come back (an event reopened, removed unused). */
public enum InactiveCause {
    CONSUMED, DEACTIVATED;

    @Converter
    public static class Jpa extends WireConverter<InactiveCause> {
        public Jpa() {
            super(InactiveCause.class);
        }
    }
}
