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
    void goesOpenClosedReopenedClosedCountingSubmissions() {
        Event event = newEvent();
        assertThat(event.status()).isEqualTo(EventStatus.OPEN);
        event.submit(now);
        assertThat(event.status()).isEqualTo(EventStatus.CLOSED);
        event.reopen(now);
        assertThat(event.status()).isEqualTo(EventStatus.REOPENED);
        event.submit(now);
        assertThat(event.status()).isEqualTo(EventStatus.CLOSED);
        assertThat(event.submissions()).isEqualTo(2);
    }

    @Test
    void aClosedEventRefusesChangesAndASecondSubmit() {
        Event event = newEvent();
        event.submit(now);
        assertThatThrownBy(() -> event.submit(now)).isInstanceOf(ProblemException.class).hasMessageContaining("already closed");
        assertThatThrownBy(event::requireTakesChanges).isInstanceOf(ProblemException.class).hasMessageContaining("reopen it");
    }

    @Test
    void onlyAClosedEventCanBeReopened() {
        Event event = newEvent();
        assertThatThrownBy(() -> event.reopen(now)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("only a closed event can be reopened");
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
