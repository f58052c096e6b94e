package org.consigna.billing.application.mail;

import org.consigna.platform.tenant.TenantRef;

/** A mail was written to a tenant's outbox; observed after the transaction's success to send it without waiting. */
public record MailEnqueued(TenantRef tenant) {
}
