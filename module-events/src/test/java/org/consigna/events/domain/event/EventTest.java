package org.consigna.events.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class EventTest {

    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

    private Event newEvent() {
        return new Event(UUID.randomUUID(), "case", true, UUID.randomUUID(), new EventDetails("Knee", LocalDate.of(2026, 3, 1),
                UUID.randomUUID(), null, null, "P-1", List.of(), null), UUID.randomUUID(), now);
    }

    @Test
    void goesOpenSubmittedReopenedSubmittedCountingSubmissions() {
        Event event = newEvent();
        assertThat(event.status()).isEqualTo(EventStatus.OPEN);
        event.submit(now);
        assertThat(event.status()).isEqualTo(EventStatus.SUBMITTED);
        event.reopen(now);
        assertThat(event.status()).isEqualTo(EventStatus.REOPENED);
        event.submit(now);
        assertThat(event.status()).isEqualTo(EventStatus.SUBMITTED);
        assertThat(event.submissions()).isEqualTo(2);
    }

    @Test
    void aSubmittedEventRefusesChangesAndASecondSubmit() {
        Event event = newEvent();
        event.submit(now);
        assertThatThrownBy(() -> event.submit(now)).isInstanceOf(ProblemException.class).hasMessageContaining("already submitted");
        assertThatThrownBy(event::requireTakesChanges).isInstanceOf(ProblemException.class).hasMessageContaining("reopen it");
    }

    @Test
    void onlyASubmittedEventCanBeReopened() {
        Event event = newEvent();
        assertThatThrownBy(() -> event.reopen(now)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("only a submitted event can be reopened");
    }

    @Test
    void aRemovedLineNoLongerHoldsItsDeviceAndCannotBeRemovedTwice() {
        EventLine line = new EventLine(UUID.randomUUID(), UUID.randomUUID(), 1, Usage.USED, UUID.randomUUID(), now);
        assertThat(line.isHeld()).isTrue();
        line.remove(Usage.UNUSED, UUID.randomUUID(), now);
        assertThat(line.isHeld()).isFalse();
        assertThat(line.isInEvent()).isFalse();
        assertThatThrownBy(() -> line.remove(Usage.UNUSED, UUID.randomUUID(), now)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aDeviceIsNeverAddedAsUnused() {
        assertThatThrownBy(() -> new EventLine(UUID.randomUUID(), UUID.randomUUID(), 1, Usage.UNUSED, UUID.randomUUID(), now))
                .isInstanceOf(ProblemException.class);
    }
}
