/** Physical counts: a recipient's stock counted against a snapshot, ticked lines reconciled through the ledger. */
package org.consigna.purchasing.domain.count;
