package org.consigna.inventory.domain.custody;

import jakarta.persistence.Converter;
import org.consigna.inventory.domain.WireConverter;

/** What kind of place a location is. */
public enum LocationKind {
    OFFICE, WAREHOUSE;

    @Converter
    public static class Jpa extends WireConverter<LocationKind> {
        public Jpa() {
            super(LocationKind.class);
        }
    }
}
