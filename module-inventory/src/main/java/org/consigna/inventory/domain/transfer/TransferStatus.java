package org.consigna.inventory.domain.transfer;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.consigna.inventory.domain.Wire;

/** Pending until decided; a decided transfer never changes again. */
public enum TransferStatus {
    PENDING, ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, CANCELLED;

    @Converter
    public static class Jpa implements AttributeConverter<TransferStatus, String> {
        @Override
        public String convertToDatabaseColumn(TransferStatus value) {
            return Wire.of(value);
        }

        @Override
        public TransferStatus convertToEntityAttribute(String value) {
            return Wire.stored(TransferStatus.class, value);
        }
    }
}
