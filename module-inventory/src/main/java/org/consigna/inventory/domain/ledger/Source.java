package org.consigna.inventory.domain.ledger;

import java.util.Objects;
import java.util.UUID;

/**
 * The document a ledger entry comes from: a receipt, transfer or adjustment of this module, or an
 * event of another module. {@code reference} is the outside document number (PO, packing slip), if any.
 */
public record Source(String type, String id, String reference) {

    public Source {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static Source of(String type, UUID id, String reference) {
        return new Source(type, id.toString(), reference);
    }
}
