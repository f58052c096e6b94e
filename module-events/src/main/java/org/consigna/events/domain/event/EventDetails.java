package org.consigna.events.domain.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The editable details of an event, as entered by its users. */
public record EventDetails(String name, LocalDate date, UUID facilityId, UUID facilityContactId, UUID surgeonId,
                           String patientId, List<UUID> productLineIds, String notes) {

    public EventDetails {
        name = name == null ? null : name.trim();
        patientId = patientId == null || patientId.isBlank() ? null : patientId.trim();
        productLineIds = productLineIds == null ? List.of() : List.copyOf(productLineIds);
    }

    public EventDetails withFacilityContact(UUID contactId) {
        return new EventDetails(name, date, facilityId, contactId, surgeonId, patientId, productLineIds, notes);
    }
}
