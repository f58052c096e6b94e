/** Replenishment: the need of each recipient and item below its minimum, computed live from the ledger and open documents. */
package org.consigna.purchasing.domain.replenishment;
