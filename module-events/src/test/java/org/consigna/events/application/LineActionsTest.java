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
        actions.apply();
        assertThat(devices.calls).containsExactly("consume {" + line.deviceId() + "=1} for " + event.id());
        assertThat(line.isConsumed()).isTrue();
        assertThat(line.consumedDeviceId()).isEqualTo(line.deviceId());
        actions.reactivate(facts);
        assertThat(line.isConsumed()).isFalse();
        assertThat(history.actions).containsExactly("device-consumed", "device-reactivated");
        // given back unused: the history says so, not the usage it was consumed with
        assertThat(history.usages).containsExactly("used", "unused");
    }

    @Test
    void theLinesOfASubmitAreConsumedAsOneSet() {
        EventLine second = new EventLine(event.id(), UUID.randomUUID(), 2, Usage.USED, UUID.randomUUID(), now);
        LineActions both = new LineActions(event, List.of(line, second), devices, history, UUID.randomUUID());
        both.consume(facts);
        both.consume(new LineFacts(second.id(), null, 2, "used", false, false));
        assertThat(devices.calls).isEmpty();
        both.apply();
        assertThat(devices.calls).containsExactly("consume {" + line.deviceId() + "=1, " + second.deviceId() + "=2} for " + event.id());
        assertThat(line.isConsumed()).isTrue();
        assertThat(second.isConsumed()).isTrue();
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
        actions.apply();
        assertThat(line.isSoldToFacility()).isTrue();
        assertThat(line.isApplied()).isTrue();
        actions.returnFromFacility(facts);
        actions.apply();
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
        public Map<UUID, UUID> consume(Map<UUID, Integer> quantities, UUID eventId) {
            if (!quantities.isEmpty()) {
                calls.add("consume " + quantities + " for " + eventId);
            }
            Map<UUID, UUID> consumed = new java.util.HashMap<>();
            quantities.keySet().forEach(id -> consumed.put(id, id));
            return consumed;
        }

        @Override
        public void reactivate(UUID deviceId, UUID eventId) {
            calls.add("reactivate " + deviceId);
        }

        @Override
        public void moveToFacility(Collection<UUID> deviceIds, UUID facilityId, UUID eventId) {
            deviceIds.forEach(deviceId -> calls.add("facility " + deviceId + " -> " + facilityId));
        }
    }

    static class History implements EventLineRepository {
        final List<String> actions = new ArrayList<>();
        final List<String> usages = new ArrayList<>();

        @Override
        public List<EventLine> linesOf(UUID eventId) {
            return List.of();
        }

        @Override
        public Optional<EventLine> heldLineOf(UUID deviceId) {
            return Optional.empty();
        }

        @Override
        public void add(EventLine line, HistoryEntry recorded) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void record(HistoryEntry entry) {
            actions.add(entry.action());
            usages.add(entry.usage());
        }

        @Override
        public List<HistoryEntry> historyOf(UUID eventId) {
            return List.of();
        }
    }
}
