package org.consigna.inventory.domain.ledger;

import java.util.List;
import java.util.UUID;

/** Appends to the ledger and reads a device's history. There is deliberately no update or remove. */
public interface LedgerRepository {

    void append(LedgerEntry entry);

    /** Writes appended entries and frees memory during bulk work. */
    void flushAndClear();

    /** Entries about the device, including splits taken from it, newest first. */
    List<LedgerEntry> history(UUID deviceId, int limit);
}
