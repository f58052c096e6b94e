package org.consigna.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.events.api.DeviceFacts;
import org.consigna.events.api.EventBehaviour;
import org.consigna.events.api.EventFacts;
import org.consigna.events.api.EventReopened;
import org.consigna.events.api.EventSubmissions;
import org.consigna.events.api.EventSubmitted;
import org.consigna.events.api.LineFacts;
import org.consigna.events.domain.event.EventLine;
import org.consigna.events.domain.event.EventLineRepository;
import org.consigna.events.domain.event.EventStatus;
import org.consigna.events.domain.event.HistoryEntry;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.tenant.TenantContext;

/**
 * Submitting and reopening events. Submit runs the event's behaviour on every line in one
 * transaction, then publishes {@link EventSubmitted}: a refusal anywhere undoes all of it.
 */
@ApplicationScoped
@Transactional
public class SubmissionService implements EventSubmissions {

    @Inject
    EventService events;

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

    @Inject
    TenantContext tenant;

    @Inject
    Event<EventSubmitted> submitted;

    @Inject
    Event<EventReopened> reopened;

    @Override
    public EventToClose toClose(UUID eventId) {
        var event = events.find(eventId);
        access.requireMayAct(event.representativeId());
        return new EventToClose(event.id(), event.facilityId(), event.representativeId(), event.status().wire(),
                event.billingApplies(), facts.lines(lines.linesOf(eventId)));
    }

    @Override
    public int submit(UUID eventId, Map<String, String> attributes) {
        var event = events.lock(eventId);
        access.requireMayAct(event.representativeId());
        event.requireTakesChanges();
        events.requireComplete(event);
        List<EventLine> all = lines.linesOf(eventId);
        List<LineFacts> current = facts.lines(all);
        if (current.isEmpty()) {
            throw ProblemException.conflict("event-empty", "Mark at least one device used before submitting the event");
        }
        EventBehaviour behaviour = behaviours.require(event.behaviour());
        EventFacts eventFacts = facts.event(event, current);
        UUID actor = access.actorId();
        LineActions actions = new LineActions(event, all, inventory, lines, actor);
        behaviour.submit(eventFacts, current, actions);
        actions.apply();
        all.forEach(EventLine::release);
        EventStatus from = event.status();
        Instant now = Instant.now();
        event.submit(now);
        lines.record(new HistoryEntry(event.id(), actor, "submitted", from, event.status(), null, null,
                "submission " + event.submissions(), now));
        List<EventSubmitted.Line> outcome = all.stream().filter(EventLine::isInEvent)
                .map(l -> outcomeOf(current, l)).toList();
        submitted.fire(new EventSubmitted(tenant.require().id(), event.id(), event.typeId(), event.behaviour(),
                event.facilityId(), event.representativeId(), event.submissions(), behaviour.recordsSale(eventFacts),
                event.billingApplies(), outcome, attributes == null ? Map.of() : attributes, actor, now,
                event.details().surgeonId(), event.details().date()));
        return event.submissions();
    }

    public org.consigna.events.domain.event.Event reopen(UUID eventId) {
        var event = events.lock(eventId);
        access.requireMayReopen(event);
        EventStatus from = event.status();
        Instant now = Instant.now();
        event.reopen(now);
        List<EventLine> inEvent = lines.linesOf(eventId).stream().filter(EventLine::isInEvent).toList();
        inEvent.forEach(EventLine::hold);
        try {
            lines.flush();
        } catch (PersistenceException e) {
            if (Facts.isOneOpenEventViolation(e)) {
                throw ProblemException.conflict("device-in-open-event", "A device of this event is now in another"
                        + " open event; remove it there before reopening this one");
            }
            throw e;
        }
        lines.record(new HistoryEntry(event.id(), access.actorId(), "reopened", from, event.status(), null, null, null,
                now));
        reopened.fire(new EventReopened(tenant.require().id(), event.id(), event.behaviour(), access.actorId(), now));
        return event;
    }

    /**
     * The line as observers see it, with its device as it was before submitting acted on it. A consumed device keeps
     * the facility whose stock it was, so a resubmitted case still reports its facility stock.
     */
    private static EventSubmitted.Line outcomeOf(List<LineFacts> lines, EventLine line) {
        DeviceFacts device = lines.stream().filter(f -> f.lineId().equals(line.id())).findFirst()
                .map(LineFacts::device).orElse(null);
        return new EventSubmitted.Line(line.id(), line.deviceId(), device == null ? null : device.itemId(),
                line.usage().wire(), line.isConsumed(), line.quantity(), device == null ? null : device.custodianId(),
                device != null && device.facilityId() != null && !line.isSoldToFacility(), line.isSoldToFacility());
    }
}
