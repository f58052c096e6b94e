/**
 * Test-only REST access to billing's mail outbox, which has no endpoint of its own: enqueue a mail in a transaction
 * that commits or rolls back, run sweeps side by side, read the outbox rows.
 */
package org.consigna.mailprobe;
