/**
 * The inventory domain: catalog, custodians, devices, the ledger and transfers. Entities are the
 * domain classes; they guard their own rules and refuse with problems that name the rule.
 */
package org.consigna.inventory.domain;
