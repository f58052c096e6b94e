package org.consigna.inventory.domain.transfer;

import jakarta.persistence.Converter;
import org.consigna.inventory.domain.WireConverter;

/** Each line is accepted or rejected on its own (rejected: missing from the shipment), or cancelled with its transfer. */
public enum LineStatus {
    PENDING, ACCEPTED, REJECTED, CANCELLED;

    @Converter
    public static class Jpa extends WireConverter<LineStatus> {
        public Jpa() {
            super(LineStatus.class);
        }
    }
}
