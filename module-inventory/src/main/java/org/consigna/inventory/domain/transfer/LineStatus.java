package org.consigna.inventory.domain.transfer;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.consigna.inventory.domain.Wire;

/** Each line is accepted or rejected on its own (rejected: missing from the shipment), or cancelled with its transfer. */
public enum LineStatus {
    PENDING, ACCEPTED, REJECTED, CANCELLED;

    @Converter
    public static class Jpa implements AttributeConverter<LineStatus, String> {
        @Override
        public String convertToDatabaseColumn(LineStatus value) {
            return Wire.of(value);
        }

        @Override
        public LineStatus convertToEntityAttribute(String value) {
            return Wire.stored(LineStatus.class, value);
        }
    }
}
