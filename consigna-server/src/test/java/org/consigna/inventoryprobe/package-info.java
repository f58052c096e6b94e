/**
 * Test-only REST access to the inventory's api package ({@code DeviceInventory}), which has no
 * endpoint of its own: lets integration tests drive consumption, reactivation and facility changes
 * the way the events and facility-stock modules will.
 */
package org.consigna.inventoryprobe;
