/**
 * Persistence of the inventory: JPA repositories, plain JDBC (on the transaction's own connection)
 * for balance upserts, bulk checks and the read side (search, on-hand, export, ledger replay).
 */
package org.consigna.inventory.infrastructure;
