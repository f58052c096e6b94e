package org.consigna.events.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consigna.events.api.DeviceActions;
import org.consigna.events.api.LineFacts;
import org.consigna.events.domain.event.Event;
import org.consigna.events.domain.event.EventLine;
import org.consigna.events.domain.event.EventLineRepository;
import org.consigna.events.domain.event.HistoryEntry;
import org.consigna.events.domain.event.Usage;
import org.consigna.platform.problem.ProblemException;

/**
 * The device actions handed to a behaviour for one event: inventory's ledger, the line's flag, the event's
 * history. Consumption and facility changes are gathered while the behaviour runs and written by
 * {@link #apply()} as one set per kind (one ledger round however many lines), in the same transaction.
 */
final class LineActions implements DeviceActions {

    private final Event event;
    private final Map<UUID, EventLine> lines;
    private final Devices inventory;
    private final EventLineRepository repository;
    private final UUID actor;
    private final Set<EventLine> toConsume = new LinkedHashSet<>();
    private final Set<EventLine> toSell = new LinkedHashSet<>();
    private final Set<EventLine> toReturn = new LinkedHashSet<>();

    LineActions(Event event, Iterable<EventLine> lines, Devices inventory, EventLineRepository repository,
                UUID actor) {
        this.event = event;
        this.lines = java.util.stream.StreamSupport.stream(lines.spliterator(), false)
                .collect(Collectors.toMap(EventLine::id, Function.identity()));
        this.inventory = inventory;
        this.repository = repository;
        this.actor = actor;
    }

    @Override
    public void consume(LineFacts facts) {
        EventLine line = line(facts);
        if (line.isConsumed()) {
            return;
        }
        toConsume.add(line);
    }

    @Override
    public void reactivate(LineFacts facts) {
        EventLine line = line(facts);
        if (!line.isConsumed()) {
            throw ProblemException.conflict("not-consumed", "Device " + line.deviceId()
                    + " was not consumed by this event, so there is nothing to reactivate");
        }
        inventory.reactivate(line.consumedDeviceId(), event.id());
        line.reactivated();
        // Reactivation is giving the device back unused; the line still says how it was used until it is removed.
        record("device-reactivated", line, Usage.UNUSED);
    }

    @Override
    public void sellToFacility(LineFacts facts) {
        EventLine line = line(facts);
        if (line.isSoldToFacility()) {
            return;
        }
        toReturn.remove(line);
        toSell.add(line);
    }

    @Override
    public void returnFromFacility(LineFacts facts) {
        EventLine line = line(facts);
        if (!line.isSoldToFacility()) {
            throw ProblemException.conflict("not-sold", "Device " + line.deviceId()
                    + " was not sold to the facility by this event, so there is nothing to take back");
        }
        toSell.remove(line);
        toReturn.add(line);
    }

    /** Writes what the behaviour asked for: each kind of change in one call to inventory, then the lines and the history. */
    void apply() {
        Map<UUID, Integer> quantities = new LinkedHashMap<>();
        toConsume.forEach(line -> quantities.put(line.deviceId(), line.quantity()));
        Map<UUID, UUID> consumed = inventory.consume(quantities, event.id());
        toConsume.forEach(line -> {
            line.consumed(consumed.get(line.deviceId()));
            record("device-consumed", line);
        });
        inventory.moveToFacility(toSell.stream().map(EventLine::deviceId).toList(), event.facilityId(), event.id());
        toSell.forEach(line -> {
            line.soldToFacility(true);
            record("device-sold-to-facility", line);
        });
        inventory.moveToFacility(toReturn.stream().map(EventLine::deviceId).toList(), null, event.id());
        toReturn.forEach(line -> {
            line.soldToFacility(false);
            record("device-returned-from-facility", line);
        });
        toConsume.clear();
        toSell.clear();
        toReturn.clear();
    }

    @Override
    public void release(LineFacts facts) {
        line(facts);
    }

    private EventLine line(LineFacts facts) {
        EventLine line = lines.get(facts.lineId());
        if (line == null) {
            throw new IllegalArgumentException("Line " + facts.lineId() + " is not a line of event " + event.id());
        }
        return line;
    }

    private void record(String action, EventLine line) {
        record(action, line, line.usage());
    }

    private void record(String action, EventLine line, Usage usage) {
        repository.record(new HistoryEntry(event.id(), actor, action, null, null, line.deviceId(), usage, null, Instant.now()));
    }
}
