package org.consigna.events.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.consigna.events.api.DeviceFacts;
import org.consigna.events.api.LineFacts;
import org.consigna.events.domain.event.Event;
import org.consigna.events.domain.event.EventDetails;
import org.consigna.events.domain.event.EventLine;
import org.consigna.events.domain.event.EventLineRepository;
import org.consigna.events.domain.event.HistoryEntry;
import org.consigna.events.domain.event.Usage;
import org.consigna.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** What a behaviour's device actions do: inventory calls with the event as source, flags on the line, history. */
class LineActionsTest {

    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private final UUID facility = UUID.randomUUID();
    private final Event event = new Event(UUID.randomUUID(), "stocking-order", true, UUID.randomUUID(),
            new EventDetails("Shelf", LocalDate.of(2026, 3, 1), facility, null, null, null, List.of(), null),
            UUID.randomUUID(), now);
    private final EventLine line = new EventLine(event.id(), UUID.randomUUID(), 1, Usage.USED, UUID.randomUUID(), now);
    private final FakeDevices devices = new FakeDevices();
    private final History history = new History();
    private final LineActions actions = new LineActions(event, List.of(line), devices, history, UUID.randomUUID());
    private final LineFacts facts = new LineFacts(line.id(), null, 1, "used", false, false);

    @Test
    void consumingGoesThroughInventoryOnceAndIsRememberedOnTheLine() {
        actions.consume(facts);
        actions.consume(facts);
        assertThat(devices.calls).containsExactly("consume " + line.deviceId() + " x1 for " + event.id());
        assertThat(line.isConsumed()).isTrue();
        assertThat(line.consumedDeviceId()).isEqualTo(line.deviceId());
        actions.reactivate(facts);
        assertThat(line.isConsumed()).isFalse();
        assertThat(history.actions).containsExactly("device-consumed", "device-reactivated");
    }

    @Test
    void onlyWhatThisEventConsumedCanBeReactivated() {
        assertThatThrownBy(() -> actions.reactivate(facts)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("was not consumed by this event");
        assertThat(devices.calls).isEmpty();
    }

    @Test
    void aStockingOrderSellsToTheEventsFacilityAndTakesItBack() {
        actions.sellToFacility(facts);
        assertThat(line.isSoldToFacility()).isTrue();
        assertThat(line.isApplied()).isTrue();
        actions.returnFromFacility(facts);
        assertThat(devices.calls).containsExactly("facility " + line.deviceId() + " -> " + facility,
                "facility " + line.deviceId() + " -> null");
        assertThat(line.isSoldToFacility()).isFalse();
    }

    @Test
    void aLineOfAnotherEventIsRefused() {
        LineFacts stranger = new LineFacts(UUID.randomUUID(), null, 1, "used", false, false);
        assertThatThrownBy(() -> actions.consume(stranger)).isInstanceOf(IllegalArgumentException.class);
    }

    static class FakeDevices implements Devices {
        final List<String> calls = new ArrayList<>();

        @Override
        public DeviceFacts lockUsable(UUID deviceId, UUID facilityId) {
            throw new UnsupportedOperationException("not used by line actions");
        }

        @Override
        public Map<UUID, DeviceFacts> describe(Collection<UUID> deviceIds) {
            return Map.of();
        }

        @Override
        public UUID consume(UUID deviceId, int quantity, UUID eventId) {
            calls.add("consume " + deviceId + " x" + quantity + " for " + eventId);
            return deviceId;
        }

        @Override
        public void reactivate(UUID deviceId, UUID eventId) {
            calls.add("reactivate " + deviceId);
        }

        @Override
        public void moveToFacility(UUID deviceId, UUID facilityId, UUID eventId) {
            calls.add("facility " + deviceId + " -> " + facilityId);
        }
    }

    static class History implements EventLineRepository {
        final List<String> actions = new ArrayList<>();

        @Override
        public List<EventLine> linesOf(UUID eventId) {
            return List.of();
        }

        @Override
        public Optional<EventLine> heldLineOf(UUID deviceId) {
            return Optional.empty();
        }

        @Override
        public void add(EventLine line) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void record(HistoryEntry entry) {
            actions.add(entry.action());
        }

        @Override
        public List<HistoryEntry> historyOf(UUID eventId) {
            return List.of();
        }
    }
}
