/**
 * Sign and close and what follows it: the closing (signatures, price review, submit through the events module), the
 * guard that refuses plain submits of billed events, billing records, PO numbers, invoices and replenishment requests.
 */
package org.consigna.billing.application.close;
