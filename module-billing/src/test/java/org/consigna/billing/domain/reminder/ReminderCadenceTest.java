package org.consigna.billing.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReminderCadenceTest {

    private static final Instant CLOSED = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theFirstReminderIsDueAWeekAfterClosingThenEveryWeek() {
        Instant first = ReminderCadence.firstDue(CLOSED);
        assertThat(first).isEqualTo(CLOSED.plus(Duration.ofDays(7)));
        assertThat(ReminderCadence.nextDue(first, first.plusSeconds(60))).isEqualTo(CLOSED.plus(Duration.ofDays(14)));
    }

    @Test
    void aLongOutageDoesNotCauseABurstOfReminders() {
        Instant first = ReminderCadence.firstDue(CLOSED);
        Instant late = first.plus(Duration.ofDays(30));
        assertThat(ReminderCadence.nextDue(first, late)).isEqualTo(late.plus(Duration.ofDays(7)));
    }
}
