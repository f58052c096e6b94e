package org.consigna.billing.api;

import java.util.UUID;

/**
 * Billing's mail outbox for other modules (purchasing sends purchase orders through it): the mail is written in the
 * caller's transaction and sent once that commits, retried, never twice. Only for tenants with billing enabled.
 */
public interface Mails {

    /** Queues the mail in the caller's transaction (one is required); the outbox row's id. */
    UUID send(OutgoingMail mail);
}
