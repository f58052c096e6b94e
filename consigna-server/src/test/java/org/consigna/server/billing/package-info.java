/**
 * Integration tests of the billing module: sign and close, PO numbers and invoices, prices (price lists, facility price
 * sheets, the price resolution), the mail outbox, the sales order PDF and its sharing, PO reminders and links. Their
 * tenants have billing on, so every event of a billed type closes through {@code POST .../billing/events/{id}/close}.
 */
package org.consigna.server.billing;
