/**
 * The inventory's REST API under {@code /api/t/{tenant}/inventory}: catalog, locations, receipts and
 * the UDI parser, devices (search, CSV export, history, tags, notes, deactivation), adjustments,
 * transfers, on-hand, expiring devices and the ledger check. Every refusal is problem+json.
 */
package org.consigna.inventory.interfaces.rest;
