/**
 * The billing module: sign and close (submit for billing), prices, PO numbers, invoices, the sales order PDF
 * and its sharing by e-mail through the mail outbox, PO reminders.
 */
package org.consigna.billing;
