package org.consigna.inventory.api;

import java.util.Objects;

/**
 * The document a change comes from, recorded on the ledger entry: for example type {@code event}
 * and the event's id. {@code reference} is an optional outside number (PO, order).
 */
public record SourceDocument(String type, String id, String reference) {

    public SourceDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public SourceDocument(String type, String id) {
        this(type, id, null);
    }
}
