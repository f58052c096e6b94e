/**
 * Sign and close: billing's record of a closed event (priced lines, signatures), PO numbers with their differences
 * from the sales order, invoices, replenishment requests, and the append-only history of billing changes.
 */
package org.consigna.billing.domain.close;
