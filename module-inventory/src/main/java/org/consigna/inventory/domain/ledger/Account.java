package org.consigna.inventory.domain.ledger;

import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import org.consigna.inventory.domain.custody.Custodian;

/**
 * One balance: what a custodian holds of an item and lot, either consigned (no facility) or as
 * facility stock at one facility. Lot is "" when the device has none.
 */
public record Account(Custodian custodian, UUID itemId, String lot, UUID facilityId) implements Comparable<Account> {

    /** The order in which balance rows are locked, the same in every transaction, so they never deadlock. */
    private static final Comparator<Account> LOCK_ORDER = Comparator
            .comparing((Account a) -> a.custodian().id())
            .thenComparing(Account::itemId)
            .thenComparing(Account::lot)
            .thenComparing(a -> a.facilityId() == null ? "" : a.facilityId().toString());

    public Account {
        Objects.requireNonNull(custodian, "custodian");
        Objects.requireNonNull(itemId, "itemId");
        lot = lot == null ? "" : lot;
    }

    @Override
    public int compareTo(Account other) {
        return LOCK_ORDER.compare(this, other);
    }
}
