package org.consigna.billing.domain.reminder;

import java.time.Duration;
import java.time.Instant;

/** A PO reminder is first due 7 days after the close, then every 7 days until the PO number is entered. */
public final class ReminderCadence {

    public static final Duration EVERY = Duration.ofDays(7);

    private ReminderCadence() {
    }

    public static Instant firstDue(Instant closedAt) {
        return closedAt.plus(EVERY);
    }

    /** The next due time after a reminder due at {@code dueAt} went out at {@code now}; never a burst of catch-ups. */
    public static Instant nextDue(Instant dueAt, Instant now) {
        Instant next = dueAt.plus(EVERY);
        return next.isAfter(now) ? next : now.plus(EVERY);
    }
}
