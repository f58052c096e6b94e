/** Billing's REST resources for sign and close, PO numbers and invoices. */
package org.consigna.billing.interfaces.rest.close;
