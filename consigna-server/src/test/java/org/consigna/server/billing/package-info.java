/** Integration tests of the billing module: the mail outbox, the sales order PDF, PO reminders and links. */
package org.consigna.server.billing;
