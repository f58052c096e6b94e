package org.consigna.billing.domain.salesorder;

import java.time.Instant;
import java.util.UUID;

/** One share of a sales order by e-mail: who sent it, to whom, when, and the outbox mail that carries it. */
public record SalesOrderShare(UUID id, UUID eventId, String recipient, UUID sharedBy, Instant sharedAt, UUID mailId) {
}
