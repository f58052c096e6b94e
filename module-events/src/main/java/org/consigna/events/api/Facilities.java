package org.consigna.events.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's facilities as other modules name them (facility stock is held per facility). */
public interface Facilities {

    /** The facility's name, if it is a facility of the current tenant, active or not. */
    Optional<String> name(UUID facilityId);

    /** The names of those of these facilities that exist in the current tenant, by id. */
    Map<UUID, String> names(Collection<UUID> facilityIds);

    /** The facility's name, address and billing contacts, if it is a facility of the current tenant. */
    Optional<FacilityCard> card(UUID facilityId);
}
