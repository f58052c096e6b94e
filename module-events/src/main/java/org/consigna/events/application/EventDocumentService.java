package org.consigna.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.consigna.events.api.EventDocuments;
import org.consigna.events.domain.event.Event;
import org.consigna.events.domain.event.EventDetails;
import org.consigna.events.domain.event.EventLine;
import org.consigna.events.domain.event.EventLineRepository;
import org.consigna.events.domain.event.EventRepository;
import org.consigna.events.domain.event.PatientIds;
import org.consigna.events.domain.facility.FacilityRepository;
import org.consigna.events.domain.facility.Surgeon;
import org.consigna.identity.api.MemberSummary;
import org.consigna.identity.api.Members;

/** {@link EventDocuments}: an event's printable facts, read in the caller's transaction. */
@ApplicationScoped
@Transactional
public class EventDocumentService implements EventDocuments {

    @Inject
    EventRepository events;

    @Inject
    EventLineRepository lines;

    @Inject
    FacilityRepository facilities;

    @Inject
    Members members;

    @Override
    public Optional<EventDocument> find(UUID eventId) {
        return events.find(eventId).map(this::document);
    }

    private EventDocument document(Event event) {
        EventDetails d = event.details();
        Map<UUID, UUID> devices = new LinkedHashMap<>();
        for (EventLine line : lines.linesOf(event.id())) {
            devices.put(line.id(), line.deviceId());
        }
        String surgeon = d.surgeonId() == null ? null : facilities.surgeon(d.surgeonId()).map(Surgeon::displayName).orElse(null);
        String rep = members.find(event.representativeId()).map(MemberSummary::displayName).orElse(null);
        return new EventDocument(event.id(), d.name(), d.date(), d.facilityId(), event.representativeId(), rep, surgeon,
                d.patientId(), PatientIds.mask(d.patientId()), devices);
    }
}
