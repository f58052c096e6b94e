/**
 * Integration tests of the billing module's sign and close, PO numbers and invoices. Their tenants have billing on,
 * so every event of a billed type closes through {@code POST .../billing/events/{id}/close}.
 */
package org.consigna.server.billing;
