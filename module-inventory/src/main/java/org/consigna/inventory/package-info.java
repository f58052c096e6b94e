/** The inventory module: catalog, devices, custody, the append-only ledger, transfers and adjustments. */
package org.consigna.inventory;
