package org.consigna.inventory.domain.ledger;

import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import org.consigna.inventory.domain.custody.Custodian;

/**
 * One balance: what a custodian holds of an item and lot, either consigned (no facility) or as
 * facility stock at one facility. Lot is "" when the device has none.
 */
public record StockAccount(Custodian custodian, UUID itemId, String lot, UUID facilityId) implements Comparable<StockAccount> {

    /** The order in which balance rows are locked, the same in every transaction, so they never deadlock. */
    private static final Comparator<StockAccount> LOCK_ORDER = Comparator
            .comparing((StockAccount a) -> a.custodian().id())
            .thenComparing(StockAccount::itemId)
            .thenComparing(StockAccount::lot)
            .thenComparing(a -> a.facilityId() == null ? "" : a.facilityId().toString());

    public StockAccount {
        Objects.requireNonNull(custodian, "custodian");
        Objects.requireNonNull(itemId, "itemId");
        lot = lot == null ? "" : lot;
    }

    @Override
    public int compareTo(StockAccount other) {
        return LOCK_ORDER.compare(this, other);
    }
}
