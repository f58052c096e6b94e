package org.consigna.events.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.consigna.events.api.Facilities;
import org.consigna.events.domain.facility.Facility;
import org.consigna.events.domain.facility.FacilityRepository;

/** {@link Facilities} over the facility repository. */
@ApplicationScoped
@Transactional
class FacilityDirectory implements Facilities {

    @Inject
    FacilityRepository facilities;

    @Override
    public Optional<String> name(UUID facilityId) {
        return facilityId == null ? Optional.empty() : facilities.facility(facilityId).map(Facility::name);
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> facilityIds) {
        Map<UUID, String> names = new LinkedHashMap<>();
        facilityIds.stream().distinct().forEach(id -> name(id).ifPresent(n -> names.put(id, n)));
        return names;
    }
}
