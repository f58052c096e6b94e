package org.consigna.inventory.domain.custody;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.consigna.inventory.domain.Wire;

/** What kind of place a location is. */
public enum LocationKind {
    OFFICE, WAREHOUSE;

    @Converter
    public static class Jpa implements AttributeConverter<LocationKind, String> {
        @Override
        public String convertToDatabaseColumn(LocationKind value) {
            return Wire.of(value);
        }

        @Override
        public LocationKind convertToEntityAttribute(String value) {
            return Wire.stored(LocationKind.class, value);
        }
    }
}
