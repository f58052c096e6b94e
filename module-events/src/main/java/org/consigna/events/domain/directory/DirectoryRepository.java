package org.consigna.events.domain.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Facilities, their contacts and surgeons of the current tenant. */
public interface DirectoryRepository {

    /** A page of entries whose name contains {@code text} (any case); {@code null} text matches all. */
    record Search(String text, boolean includeInactive, int page, int size) {
    }

    Optional<Facility> facility(UUID id);

    List<Facility> facilities(Search search);

    List<FacilityContact> contactsOf(UUID facilityId, boolean includeInactive);

    Optional<FacilityContact> contact(UUID id);

    Optional<Surgeon> surgeon(UUID id);

    List<Surgeon> surgeons(Search search);

    void add(Object entry);
}
