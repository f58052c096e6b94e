package org.consigna.inventory.domain.transfer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Transfers of the current tenant. */
public interface TransferRepository {

    Optional<Transfer> find(UUID id);

    /** Locks the transfer's row: of two concurrent decisions, the second waits and then sees the first. */
    Optional<Transfer> lock(UUID id);

    /**
     * Newest first, keyset-paged by (created at, id). {@code custodians} null means every custodian;
     * otherwise transfers from or to one of them.
     */
    List<Transfer> list(Collection<UUID> custodians, TransferStatus status, Instant beforeCreated, UUID beforeId, int limit);

    void add(Transfer transfer);

    /**
     * Writes pending changes now, inside the use case, so that a refusal by the database (a duplicate,
     * a concurrent update) surfaces as its problem instead of as a failed commit after the method.
     */
    void flush();
}
