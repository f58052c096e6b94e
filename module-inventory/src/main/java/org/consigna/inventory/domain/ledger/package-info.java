/**
 * The append-only inventory ledger. Every change of custody, status, quantity or facility becomes
 * one {@link org.consigna.inventory.domain.ledger.LedgerEntry}; balances are kept per
 * {@link org.consigna.inventory.domain.ledger.StockAccount}; {@link org.consigna.inventory.domain.ledger.LedgerFold}
 * replays entries into the state they imply, which must equal the stored state.
 */
package org.consigna.inventory.domain.ledger;
