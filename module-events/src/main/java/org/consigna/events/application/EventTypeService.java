package org.consigna.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consigna.events.domain.eventtype.EventType;
import org.consigna.events.domain.eventtype.EventTypeOptions;
import org.consigna.events.domain.eventtype.EventTypeRepository;
import org.consigna.platform.problem.ProblemException;

/** Tenant admins' event types: each built on an installed behaviour; renamed and deactivated, never deleted. */
@ApplicationScoped
@Transactional
public class EventTypeService {

    @Inject
    EventTypeRepository types;

    @Inject
    Behaviours behaviours;

    /** @param billingApplies {@code null} takes the behaviour's default */
    public EventType create(String name, String behaviourId, boolean patientIdRequired, boolean surgeonRequired,
                            boolean facilityContactRequired, Boolean billingApplies) {
        var behaviour = behaviours.require(behaviourId);
        requireNameFree(name, null);
        EventTypeOptions options = new EventTypeOptions(patientIdRequired, surgeonRequired, facilityContactRequired,
                billingApplies == null ? behaviour.billingByDefault() : billingApplies);
        EventType type = new EventType(name, behaviour.id(), options, Instant.now());
        types.add(type);
        return type;
    }

    public EventType change(UUID id, String name, boolean patientIdRequired, boolean surgeonRequired,
                            boolean facilityContactRequired, boolean billingApplies) {
        EventType type = find(id);
        requireNameFree(name, id);
        type.change(name, new EventTypeOptions(patientIdRequired, surgeonRequired, facilityContactRequired,
                billingApplies), Instant.now());
        return type;
    }

    public EventType setActive(UUID id, boolean active) {
        EventType type = find(id);
        if (active) {
            type.activate(Instant.now());
        } else {
            type.deactivate(Instant.now());
        }
        return type;
    }

    public EventType find(UUID id) {
        return types.find(id).orElseThrow(() -> ProblemException.notFound("Event type", id));
    }

    public List<EventType> all(boolean includeInactive, String afterLowerName, int limit) {
        return types.all(includeInactive, afterLowerName, limit);
    }

    private void requireNameFree(String name, UUID self) {
        types.findByName(name.trim()).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw ProblemException.conflict("event-type-name-taken", "An event type named '" + other.name()
                    + "' already exists" + (other.isActive() ? "" : " (deactivated: reactivate it instead)"));
        });
    }
}
