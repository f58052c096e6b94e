package org.consigna.billing.application.close;

/** An event was signed and closed without a PO number; fired in the close's transaction (PO reminders arm on it). */
public record BillingClosed(BillingView view) {
}
