/**
 * The inventory's use cases, each one transaction: the rule checks, the custody check through the
 * core's access service, the device changes and their ledger entries all commit together or not at all.
 */
package org.consigna.inventory.application;
