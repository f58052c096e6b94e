package org.consigna.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.consigna.events.api.EventReferences;
import org.consigna.events.domain.event.EventRepository;
import org.consigna.events.domain.facility.FacilityRepository;
import org.consigna.platform.problem.UnknownReference;

/** Looks up, for other modules, the records of the current tenant they refer to; joins the caller's transaction. */
@ApplicationScoped
@Transactional
public class EventReferencesService implements EventReferences {

    @Inject
    FacilityRepository facilities;

    @Inject
    EventRepository events;

    @Override
    public void requireSurgeon(String field, UUID surgeonId) {
        if (facilities.surgeon(surgeonId).isEmpty()) {
            throw UnknownReference.of("surgeon", field, surgeonId);
        }
    }

    @Override
    public boolean eventExists(UUID eventId) {
        return events.find(eventId).isPresent();
    }
}
