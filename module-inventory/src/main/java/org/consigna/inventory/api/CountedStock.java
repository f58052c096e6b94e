package org.consigna.inventory.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Counted stock: units of an item held by a custodian (a person or an office location), as the purchasing side of a
 * tenant sees it. Changes go through {@link CountedStockChanges}.
 */
public interface CountedStock {

    /**
     * What each custodian holds of each item, with the pending transfers into and out of it, read together. Units
     * expiring on or before {@code expiringBy} (null: none) are counted apart in {@link Level#expiring()}.
     */
    List<Level> levels(Collection<UUID> custodianIds, Collection<UUID> itemIds, LocalDate expiringBy);

    /** The items a custodian holds some units of now (active devices, facility stock excluded). */
    Set<UUID> itemsHeld(UUID custodianId);

    /** The names of those of these ids that are custodians of this tenant (members or locations), by id. */
    Map<UUID, String> custodianNames(Collection<UUID> ids);

    /** Units of one item at one custodian. */
    record Level(UUID custodianId, UUID itemId, long onHand, long expiring, List<PendingTransfer> pending) {

        public Level {
            pending = List.copyOf(pending);
        }

        public long pendingIn() {
            return pending.stream().filter(p -> p.toCustodianId().equals(custodianId)).mapToLong(PendingTransfer::quantity).sum();
        }

        public long pendingOut() {
            return pending.stream().filter(p -> p.fromCustodianId().equals(custodianId)).mapToLong(PendingTransfer::quantity).sum();
        }
    }

    /** Units of an item on their way in a transfer not yet accepted. */
    record PendingTransfer(UUID transferId, UUID fromCustodianId, UUID toCustodianId, UUID itemId, long quantity) {
    }
}
