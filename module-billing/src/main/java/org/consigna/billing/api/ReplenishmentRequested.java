package org.consigna.billing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published (CDI, synchronously, inside the closing's transaction) when a closing asks to replace the devices it used
 * in the representative's custody. The purchasing module may observe it; billing never depends on purchasing.
 */
public record ReplenishmentRequested(String tenantId, UUID eventId, UUID representativeId, List<Item> items,
                                     UUID requestedBy, Instant requestedAt) {

    public ReplenishmentRequested {
        items = List.copyOf(items);
    }

    /** An item to replace and how many units. */
    public record Item(UUID itemId, int quantity) {
    }
}
