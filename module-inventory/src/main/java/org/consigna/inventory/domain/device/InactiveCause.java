package org.consigna.inventory.domain.device;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.consigna.inventory.domain.Wire;

/** Why a device is inactive. Only a consumed device may come back (an event reopened, removed unused). */
public enum InactiveCause {
    CONSUMED, DEACTIVATED;

    @Converter
    public static class Jpa implements AttributeConverter<InactiveCause, String> {
        @Override
        public String convertToDatabaseColumn(InactiveCause value) {
            return Wire.of(value);
        }

        @Override
        public InactiveCause convertToEntityAttribute(String value) {
            return Wire.stored(InactiveCause.class, value);
        }
    }
}
