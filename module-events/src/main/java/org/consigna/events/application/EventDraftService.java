package org.consigna.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.consigna.events.api.EventDrafts;
import org.consigna.events.domain.event.Event;
import org.consigna.events.domain.event.EventDetails;
import org.consigna.events.domain.event.Usage;
import org.consigna.events.domain.eventtype.EventType;
import org.consigna.events.domain.eventtype.EventTypeRepository;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;

/** {@link EventDrafts}: an event created and its devices added through the same use cases as the REST API. */
@ApplicationScoped
@Transactional
public class EventDraftService implements EventDrafts {

    @Inject
    EventService events;

    @Inject
    MarkUsedService lines;

    @Inject
    EventTypeRepository types;

    @Inject
    Devices inventory;

    @Override
    public UUID create(UUID typeId, String behaviour, UUID representativeId, UUID facilityId, String name,
                       LocalDate date, List<UUID> deviceIds) {
        EventType type = typeId == null ? firstActive(behaviour) : types.find(typeId)
                .filter(t -> t.behaviour().equals(behaviour))
                .orElseThrow(() -> UnknownReference.of(behaviour + " event type", "typeId", typeId));
        Event event = events.create(type.id(), representativeId, new EventDetails(name, date, facilityId, null, null, null,
                List.of(), null), null);
        // whole devices: a lot's every unit (an unknown device is refused by the line itself)
        var known = inventory.describe(deviceIds);
        deviceIds.forEach(device -> lines.add(event.id(), device,
                known.containsKey(device) ? Math.max(1, known.get(device).quantity()) : 1, Usage.USED));
        return event.id();
    }

    private EventType firstActive(String behaviour) {
        for (String after = null; ; ) {
            List<EventType> page = types.all(false, after, 50);
            for (EventType type : page) {
                if (type.behaviour().equals(behaviour)) {
                    return type;
                }
            }
            if (page.size() < 50) {
                throw ProblemException.conflict("no-event-type", "There is no active event type built on '" + behaviour
                        + "': an admin creates one first");
            }
            after = page.get(page.size() - 1).name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
