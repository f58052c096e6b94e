/**
 * Transfers between custodians: pending until the receiver accepts (all or some lines) or rejects,
 * or the sender cancels. Nothing changes hands, and no balance moves, before acceptance.
 */
package org.consigna.inventory.domain.transfer;
