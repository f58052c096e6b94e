package org.consigna.inventory.domain.transfer;

import jakarta.persistence.Converter;
import org.consigna.inventory.domain.WireConverter;

/** Pending until decided; a decided transfer never changes again. */
public enum TransferStatus {
    PENDING, ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, CANCELLED;

    @Converter
    public static class Jpa extends WireConverter<TransferStatus> {
        public Jpa() {
            super(TransferStatus.class);
        }
    }
}
