/**
 * The purchasing module, for the equipment-inventory side of a tenant: vendors, inventory templates and recipients,
 * explainable replenishment, purchase orders received through inventory's ledger.
 */
package org.consigna.purchasing;
