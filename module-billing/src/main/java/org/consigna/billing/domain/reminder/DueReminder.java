package org.consigna.billing.domain.reminder;

import java.time.Instant;
import java.util.UUID;

/** A PO reminder claimed for sending: the event, its facility, when it was due, how many went before. */
public record DueReminder(UUID eventId, UUID facilityId, Instant dueAt, int remindersSent) {
}
