package org.consigna.billing.domain.mail;

import java.util.UUID;
import org.consigna.billing.api.OutgoingMail;

/** A mail claimed from the outbox for sending: what to send and how many attempts came before. */
public record QueuedMail(UUID id, OutgoingMail mail, int attempts) {
}
