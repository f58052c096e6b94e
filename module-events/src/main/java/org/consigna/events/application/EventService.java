package org.consigna.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.events.domain.facility.FacilityRepository;
import org.consigna.events.domain.facility.FacilityContact;
import org.consigna.events.domain.event.Event;
import org.consigna.events.domain.event.EventDetails;
import org.consigna.events.domain.event.EventLine;
import org.consigna.events.domain.event.EventLineRepository;
import org.consigna.events.domain.event.EventRepository;
import org.consigna.events.domain.event.HistoryEntry;
import org.consigna.events.domain.eventtype.EventType;
import org.consigna.events.domain.eventtype.EventTypeRepository;
import org.consigna.identity.api.Members;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.identity.api.MemberSummary;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;
import org.consigna.platform.security.TenantRole;

/** Creating, changing and reading events. Devices are {@link MarkUsedService}'s, submit and reopen {@link SubmissionService}'s. */
@ApplicationScoped
@Transactional
public class EventService {

    @Inject
    EventRepository events;

    @Inject
    EventLineRepository lines;

    @Inject
    EventTypeService types;

    @Inject
    FacilityService places;

    @Inject
    Members members;

    @Inject
    EventAccess access;

    @Inject
    EventTypeRepository typeRepository;

    @Inject
    FacilityRepository facilityRepository;

    @Inject
    InventoryCatalog catalog;

    @Inject
    Behaviours behaviours;

    @Inject
    Facts facts;

    /** A contact to add to the facility from the event form ("add new"). */
    public record NewContact(String name, String title, String email, String phone) {
    }

    public Event create(UUID typeId, UUID representativeId, EventDetails details, NewContact newContact) {
        EventType type = typeRepository.find(typeId).orElseThrow(() -> UnknownReference.of("event type", "typeId", typeId));
        MemberSummary representative = members.requireReference("representativeId", representativeId);
        requireReferences(details);
        type.requireActive();
        requireRepresentative(representative);
        access.requireMayAct(representativeId);
        EventDetails checked = check(type, addContact(details, newContact));
        Event event = new Event(type.id(), type.behaviour(), type.options().billingApplies(), representativeId, checked,
                access.actorId(), Instant.now());
        events.add(event);
        lines.record(new HistoryEntry(event.id(), access.actorId(), "created", null, event.status(), null, null,
                type.name() + ": " + event.name(), Instant.now()));
        return event;
    }

    public Event change(UUID id, EventDetails details, NewContact newContact) {
        Event event = lock(id);
        access.requireMayAct(event.representativeId());
        event.requireTakesChanges();
        requireReferences(details);
        EventDetails checked = check(types.find(event.typeId()), addContact(details, newContact));
        event.change(checked, Instant.now());
        lines.record(new HistoryEntry(event.id(), access.actorId(), "changed", null, null, null, null, null,
                Instant.now()));
        return event;
    }

    public Event find(UUID id) {
        return events.find(id).orElseThrow(() -> ProblemException.notFound("Event", id));
    }

    public List<EventLine> linesOf(UUID id) {
        return lines.linesOf(find(id).id());
    }

    /**
     * Whether the event records a sale, as its behaviour says for its current devices: a case using facility stock
     * does not (billing makes no PO or invoice for it). A behaviour no longer installed counts as a sale.
     */
    public boolean recordsSale(Event event) {
        return behaviours.find(event.behaviour())
                .map(b -> b.recordsSale(facts.event(event, facts.lines(lines.linesOf(event.id()))))).orElse(true);
    }

    public List<HistoryEntry> history(UUID id) {
        return lines.historyOf(find(id).id());
    }

    public List<Event> search(EventRepository.Filter filter, EventRepository.EventKey after, int limit) {
        return events.search(filter, after, limit);
    }

    /** The event, locked for the rest of the transaction. */
    public Event lock(UUID id) {
        return events.lock(id).orElseThrow(() -> ProblemException.notFound("Event", id));
    }

    /** Submitting checks the required fields again: the type's options may have changed since. */
    public void requireComplete(Event event) {
        check(types.find(event.typeId()), event.details());
    }

    /**
     * Every id the details name must be of this tenant, else 422 naming the field and nothing changes:
     * facility, a contact of that facility, surgeon (this module's schema) and product lines (inventory's,
     * in one query: they are stored as a list of ids, which no foreign key guards).
     */
    private void requireReferences(EventDetails details) {
        if (facilityRepository.facility(details.facilityId()).isEmpty()) {
            throw UnknownReference.of("facility", "facilityId", details.facilityId());
        }
        UUID contactId = details.facilityContactId();
        if (contactId != null && facilityRepository.contact(contactId)
                .filter(contact -> contact.facilityId().equals(details.facilityId())).isEmpty()) {
            throw UnknownReference.of("contact of this facility", "facilityContactId", contactId);
        }
        if (details.surgeonId() != null && facilityRepository.surgeon(details.surgeonId()).isEmpty()) {
            throw UnknownReference.of("surgeon", "surgeonId", details.surgeonId());
        }
        catalog.requireProductLines("productLineIds", details.productLineIds());
    }

    /** The facility, contact and surgeon must be active; the type's required fields present. */
    private EventDetails check(EventType type, EventDetails details) {
        places.facility(details.facilityId()).requireActive();
        if (details.facilityContactId() != null) {
            FacilityContact contact = places.contact(details.facilityId(), details.facilityContactId());
            if (!contact.isActive()) {
                throw ProblemException.conflict("contact-inactive", "Contact '" + contact.name() + "' is deactivated");
            }
        }
        if (details.surgeonId() != null && !places.surgeon(details.surgeonId()).isActive()) {
            throw ProblemException.conflict("surgeon-inactive", "This surgeon is deactivated");
        }
        List<Map<String, Object>> missing = type.options().missing(details.patientId(), details.surgeonId(),
                details.facilityContactId());
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request", "Event type '" + type.name()
                    + "' requires " + missing.size() + " more field(s)", Map.of("errors", missing));
        }
        return details;
    }

    private EventDetails addContact(EventDetails details, NewContact contact) {
        if (contact == null) {
            return details;
        }
        if (details.facilityContactId() != null) {
            throw ProblemException.badRequest("contact-twice", "Give either facilityContactId or newFacilityContact");
        }
        FacilityContact added = places.addContact(details.facilityId(), contact.name(), contact.title(),
                contact.email(), contact.phone());
        return details.withFacilityContact(added.id());
    }

    private void requireRepresentative(MemberSummary member) {
        if (!member.active() || member.role() == TenantRole.ADMIN) {
            throw ProblemException.badRequest("invalid-representative", "The representative must be an active"
                    + " distributor or sales member; '" + member.displayName() + "' is not");
        }
    }
}
