package org.consigna.billing.domain.reminder;

import java.time.Instant;
import java.util.UUID;

/** A PO link as sent: for which event, to whom, valid until when, and whether it was used (the PO it entered). */
public record PoLink(UUID id, UUID eventId, String recipient, Instant issuedAt, Instant expiresAt, Instant usedAt,
                     String poNumber) {

    public boolean used() {
        return usedAt != null;
    }
}
