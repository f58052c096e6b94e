package org.consigna.events.domain.facility;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Facilities, their contacts and surgeons of the current tenant. */
public interface FacilityRepository {

    /** At most {@code limit} entries whose name contains {@code text} (any case); {@code null} text matches all. */
    record Search(String text, boolean includeInactive, int limit) {
    }

    /** Where a page of facilities ended: lower-cased name and id, their order. */
    record FacilityKey(String lowerName, UUID id) {
    }

    /** Where a page of surgeons ended: lower-cased last and first names and id, their order. */
    record SurgeonKey(String lowerLastName, String lowerFirstName, UUID id) {
    }

    Optional<Facility> facility(UUID id);

    /** Facilities by lower-cased name and id, after {@code after} if given. */
    List<Facility> facilities(Search search, FacilityKey after);

    List<FacilityContact> contactsOf(UUID facilityId, boolean includeInactive);

    Optional<FacilityContact> contact(UUID id);

    Optional<Surgeon> surgeon(UUID id);

    /** Surgeons by lower-cased last name, first name and id, after {@code after} if given. */
    List<Surgeon> surgeons(Search search, SurgeonKey after);

    void add(Object entry);
}
