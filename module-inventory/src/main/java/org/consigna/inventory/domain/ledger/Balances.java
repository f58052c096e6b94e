package org.consigna.inventory.domain.ledger;

import java.util.Map;
import java.util.SortedMap;

/** The stored balances, changed only together with ledger entries. */
public interface Balances {

    /**
     * Adds each delta to its balance, locking the balance rows in {@link StockAccount} order (so two
     * transactions never deadlock on them), and returns each resulting balance. The locks are held
     * to the end of the transaction, so entries of one balance are appended in the order applied.
     */
    Map<StockAccount, Integer> add(SortedMap<StockAccount, Integer> deltas);
}
