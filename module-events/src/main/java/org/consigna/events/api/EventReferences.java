package org.consigna.events.api;

import java.util.UUID;

/** The events module's records other modules refer to by id (facility stock: commission rules and flags). */
public interface EventReferences {

    /** Refuses (422 {@code unknown-reference} naming {@code field}) a surgeon that is not of the current tenant. */
    void requireSurgeon(String field, UUID surgeonId);

    /** Whether the current tenant has an event of this id. */
    boolean eventExists(UUID eventId);
}
