package org.consigna.inventory.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Changes to counted stock made by other modules' documents (purchase orders, counts, spillage reports): each is a
 * ledger entry naming its source document, and joins the caller's transaction. Serialized items are received
 * through inventory's receipts, one device per serial, not here.
 */
public interface CountedStockChanges {

    /** Receives units of a lot-tracked or untracked item into a custodian's stock; the new device's id. */
    UUID receive(UUID custodianId, UUID itemId, int quantity, String lot, LocalDate expiry, SourceDocument source);

    /** Takes units of an item out of a custodian's stock, earliest expiry first; refuses (409) when there are fewer. */
    void deduct(UUID custodianId, UUID itemId, int quantity, String reason, SourceDocument source);

    /** Corrects a custodian's units of an item by {@code delta} (a count's difference), earliest expiry taken first. */
    void correct(UUID custodianId, UUID itemId, int delta, String reason, SourceDocument source);
}
