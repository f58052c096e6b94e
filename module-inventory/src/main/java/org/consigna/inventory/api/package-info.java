/**
 * What other modules may use of inventory (events, facility stock): look a device up, ask whether
 * it can be used, mark it consumed, reactivate a consumed one, move it to or from a facility; read
 * stock on hand ({@link org.consigna.inventory.api.StockQueries}: a facility's stock, expiring stock)
 * and items by id ({@link org.consigna.inventory.api.InventoryCatalog}); start a transfer
 * ({@link org.consigna.inventory.api.TransferRequests}: billing's replenishment at closing). Each
 * call joins the caller's transaction and writes its ledger entry there, checks the caller's custody
 * through the core's access service, and refuses with problems like the REST API does.
 */
package org.consigna.inventory.api;
