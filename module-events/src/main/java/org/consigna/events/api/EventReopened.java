package org.consigna.events.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Published (CDI, synchronously, inside the transaction) when a submitted event is reopened,
 * so observers can set aside what they hung on the submit. Throwing refuses the reopen.
 */
public record EventReopened(String tenantId, UUID eventId, String behaviour, UUID reopenedBy, Instant reopenedAt) {
}
