package org.consigna.inventory.domain.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Appends to the ledger and reads a device's history. There is deliberately no update or remove. */
public interface LedgerRepository {

    /**
     * Appends the entries in the given order, which becomes their ledger order ({@code seq}): JPA
     * would insert a transaction's new rows in an order of its own.
     */
    void append(List<LedgerEntry> entries);

    /** For each of these devices that was set apart from a lot ({@link EntryType#SPLIT}) for this document, the lot's device id. */
    Map<UUID, UUID> setApartFrom(Collection<UUID> deviceIds, Source source);

    /** Entries about the device, including splits taken from it, newest first, older than {@code beforeSeq} if given. */
    List<LedgerEntry> history(UUID deviceId, Long beforeSeq, int limit);
}
