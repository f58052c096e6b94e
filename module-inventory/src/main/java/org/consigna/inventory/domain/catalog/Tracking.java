package org.consigna.inventory.domain.catalog;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.consigna.inventory.domain.Wire;

/** How the units of an item are told apart: one serial per unit, a lot per batch, or not at all. */
public enum Tracking {
    SERIAL, LOT, NONE;

    @Converter
    public static class Jpa implements AttributeConverter<Tracking, String> {
        @Override
        public String convertToDatabaseColumn(Tracking value) {
            return Wire.of(value);
        }

        @Override
        public Tracking convertToEntityAttribute(String value) {
            return Wire.stored(Tracking.class, value);
        }
    }
}
