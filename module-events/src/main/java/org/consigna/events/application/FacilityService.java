package org.consigna.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.consigna.platform.value.Address;
import org.consigna.events.domain.facility.FacilityRepository;
import org.consigna.events.domain.facility.FacilityRepository.Search;
import org.consigna.events.domain.facility.Facility;
import org.consigna.events.domain.facility.FacilityContact;
import org.consigna.events.domain.facility.Surgeon;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;

/** Upkeep of facilities, their contacts and billing order, surgeons. Nothing is deleted. */
@ApplicationScoped
@Transactional
public class FacilityService {

    @Inject
    FacilityRepository repository;

    public Facility addFacility(String name, Address address, String phone) {
        Facility facility = new Facility(name, address, phone, Instant.now());
        repository.add(facility);
        return facility;
    }

    public Facility changeFacility(UUID id, String name, Address address, String phone) {
        Facility facility = facility(id);
        facility.change(name, address, phone, Instant.now());
        return facility;
    }

    public Facility setFacilityActive(UUID id, boolean active) {
        Facility facility = facility(id);
        if (active) {
            facility.activate(Instant.now());
        } else {
            facility.deactivate(Instant.now());
        }
        return facility;
    }

    public Facility facility(UUID id) {
        return repository.facility(id).orElseThrow(() -> ProblemException.notFound("Facility", id));
    }

    public List<Facility> facilities(Search search, FacilityRepository.FacilityKey after) {
        return repository.facilities(search, after);
    }

    public FacilityContact addContact(UUID facilityId, String name, String title, String email, String phone) {
        facility(facilityId).requireActive();
        FacilityContact contact = new FacilityContact(facilityId, name, title, email, phone, Instant.now());
        repository.add(contact);
        return contact;
    }

    public FacilityContact changeContact(UUID facilityId, UUID contactId, String name, String title, String email,
                                         String phone, Boolean active) {
        FacilityContact contact = contact(facilityId, contactId);
        contact.change(name, title, email, phone);
        if (Boolean.FALSE.equals(active)) {
            contact.deactivate();
        } else if (Boolean.TRUE.equals(active)) {
            contact.activate();
        }
        return contact;
    }

    public FacilityContact contact(UUID facilityId, UUID contactId) {
        return repository.contact(contactId).filter(c -> c.facilityId().equals(facilityId))
                .orElseThrow(() -> ProblemException.notFound("Contact of this facility", contactId));
    }

    public List<FacilityContact> contacts(UUID facilityId, boolean includeInactive) {
        facility(facilityId);
        return repository.contactsOf(facilityId, includeInactive);
    }

    /** Sets the billing order: the listed contacts in this order (first = default sales-order recipient), no others. */
    public List<FacilityContact> orderBillingContacts(UUID facilityId, List<UUID> contactIds) {
        if (new HashSet<>(contactIds).size() != contactIds.size()) {
            throw ProblemException.badRequest("duplicate-contact", "A contact appears twice in the billing order");
        }
        List<FacilityContact> all = repository.contactsOf(facility(facilityId).id(), true);
        UnknownReference.requireAll("contact of this facility", "contactIds", contactIds,
                all.stream().map(FacilityContact::id).collect(Collectors.toSet()));
        for (FacilityContact contact : all) {
            int index = contactIds.indexOf(contact.id());
            contact.billingRank(index < 0 ? null : index + 1);
        }
        return billingContacts(all);
    }

    public List<FacilityContact> billingContacts(UUID facilityId) {
        return billingContacts(repository.contactsOf(facility(facilityId).id(), false));
    }

    private static List<FacilityContact> billingContacts(List<FacilityContact> contacts) {
        return contacts.stream().filter(c -> c.billingRank() != null)
                .sorted(Comparator.comparing(FacilityContact::billingRank)).toList();
    }

    public Surgeon addSurgeon(String firstName, String lastName, String specialty) {
        Surgeon surgeon = new Surgeon(firstName, lastName, specialty, Instant.now());
        repository.add(surgeon);
        return surgeon;
    }

    public Surgeon changeSurgeon(UUID id, String firstName, String lastName, String specialty, Boolean active) {
        Surgeon surgeon = surgeon(id);
        surgeon.change(firstName, lastName, specialty);
        if (Boolean.FALSE.equals(active)) {
            surgeon.deactivate();
        } else if (Boolean.TRUE.equals(active)) {
            surgeon.activate();
        }
        return surgeon;
    }

    public Surgeon surgeon(UUID id) {
        return repository.surgeon(id).orElseThrow(() -> ProblemException.notFound("Surgeon", id));
    }

    public List<Surgeon> surgeons(Search search, FacilityRepository.SurgeonKey after) {
        return repository.surgeons(search, after);
    }
}
