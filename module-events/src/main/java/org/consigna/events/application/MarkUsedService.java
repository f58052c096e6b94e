package org.consigna.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.events.api.DeviceFacts;
import org.consigna.events.api.Eligibility;
import org.consigna.events.api.EventBehaviour;
import org.consigna.events.api.LineFacts;
import org.consigna.events.domain.event.Event;
import org.consigna.events.domain.event.EventLine;
import org.consigna.events.domain.event.EventLineRepository;
import org.consigna.events.domain.event.EventRepository;
import org.consigna.events.domain.event.EventStatus;
import org.consigna.events.domain.event.HistoryEntry;
import org.consigna.events.domain.event.Usage;
import org.consigna.platform.problem.ProblemException;

/**
 * Marking devices used in an open event, re-marking and giving them back. The event is locked
 * for the transaction; the database's partial unique index settles races between events.
 */
@ApplicationScoped
@Transactional
public class MarkUsedService {

    @Inject
    EventService events;

    @Inject
    EventRepository eventRepository;

    @Inject
    EventLineRepository lines;

    @Inject
    Devices inventory;

    @Inject
    Behaviours behaviours;

    @Inject
    Facts facts;

    @Inject
    EventAccess access;

    public EventLine add(UUID eventId, UUID deviceId, int quantity, Usage usage) {
        Event event = openForChanges(eventId);
        lines.heldLineOf(deviceId).ifPresent(held -> {
            throw Facts.inAnotherOpenEvent(deviceId, describe(deviceId), held.eventId().equals(eventId) ? "this event"
                    : "event '" + eventRepository.find(held.eventId()).map(Event::name).orElse("?") + "'");
        });
        DeviceFacts device = inventory.lockUsable(deviceId, event.facilityId());
        if (quantity > 1 && device.quantity() < quantity) {
            throw ProblemException.conflict("quantity-exceeds-lot", device.description() + " has only "
                    + device.quantity() + " unit(s)");
        }
        EventBehaviour behaviour = behaviours.require(event.behaviour());
        List<LineFacts> current = facts.lines(lines.linesOf(eventId));
        Eligibility eligibility = behaviour.eligibility(facts.event(event, current), device);
        if (!eligibility.eligible()) {
            throw new ProblemException(409, "device-not-eligible", "Device not eligible for this event",
                    eligibility.reason(), Map.of("deviceId", deviceId.toString(), "custodianId",
                    device.custodianId().toString(), "representativeId", event.representativeId().toString()));
        }
        EventLine line = new EventLine(eventId, deviceId, quantity, usage, access.actorId(), Instant.now());
        try {
            lines.add(line, history(event, "device-added", line, null));
        } catch (PersistenceException e) {
            if (Facts.isOneOpenEventViolation(e)) {
                throw Facts.inAnotherOpenEvent(deviceId, device.description(), "another open event (added at the same moment)");
            }
            throw e;
        }
        return line;
    }

    public EventLine changeUsage(UUID eventId, UUID lineId, Usage usage) {
        Event event = openForChanges(eventId);
        EventLine line = line(eventId, lineId);
        line.changeUsage(usage);
        record(event, "usage-changed", line, null);
        return line;
    }

    /**
     * Gives a device back. A device this event consumed (it was submitted, then reopened) can only
     * be given back {@code unused}: its behaviour then undoes the consumption.
     */
    public EventLine remove(UUID eventId, UUID lineId, Usage givenBackAs) {
        Event event = openForChanges(eventId);
        List<EventLine> all = lines.linesOf(eventId);
        EventLine line = all.stream().filter(l -> l.id().equals(lineId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Line of this event", lineId));
        if (line.isApplied() && givenBackAs != Usage.UNUSED) {
            throw ProblemException.conflict("consumed-device", "Device " + line.deviceId() + " was "
                    + (line.isConsumed() ? "consumed" : "sold to the facility") + " when this event was submitted;"
                    + " it can only be removed as unused, which returns it to inventory");
        }
        if (givenBackAs == Usage.UNUSED && event.status() == EventStatus.REOPENED) {
            List<LineFacts> current = facts.lines(all);
            LineFacts facts = current.stream().filter(l -> l.lineId().equals(lineId)).findFirst().orElseThrow();
            LineActions actions = new LineActions(event, all, inventory, lines, access.actorId());
            behaviours.require(event.behaviour()).removeUnused(this.facts.event(event, current), facts, actions);
            actions.apply();
        }
        line.remove(givenBackAs, access.actorId(), Instant.now());
        record(event, "device-removed", line, null);
        return line;
    }

    /** How a user knows the device, for a refusal before its facts were read. */
    private String describe(UUID deviceId) {
        DeviceFacts device = inventory.describe(List.of(deviceId)).get(deviceId);
        return device == null ? "Device " + deviceId : device.description();
    }

    private Event openForChanges(UUID eventId) {
        Event event = events.lock(eventId);
        access.requireMayAct(event.representativeId());
        event.requireTakesChanges();
        return event;
    }

    private EventLine line(UUID eventId, UUID lineId) {
        return lines.linesOf(eventId).stream().filter(l -> l.id().equals(lineId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Line of this event", lineId));
    }

    private void record(Event event, String action, EventLine line, String detail) {
        lines.record(history(event, action, line, detail));
    }

    private HistoryEntry history(Event event, String action, EventLine line, String detail) {
        return new HistoryEntry(event.id(), access.actorId(), action, null, null, line.deviceId(), line.usage(),
                detail, Instant.now());
    }
}
