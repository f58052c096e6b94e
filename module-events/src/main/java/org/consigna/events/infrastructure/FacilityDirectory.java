package org.consigna.events.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consigna.events.api.Facilities;
import org.consigna.events.api.FacilityCard;
import org.consigna.events.domain.facility.Facility;
import org.consigna.events.domain.facility.FacilityContact;
import org.consigna.events.domain.facility.FacilityRepository;
import org.consigna.platform.value.Address;

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
    public Optional<FacilityCard> card(UUID facilityId) {
        return facilityId == null ? Optional.empty() : facilities.facility(facilityId).map(f -> new FacilityCard(f.id(),
                f.name(), address(f.address()), facilities.contactsOf(f.id(), false).stream()
                .filter(c -> c.billingRank() != null && c.email() != null)
                .sorted(Comparator.comparing(FacilityContact::billingRank)).map(FacilityContact::email).toList()));
    }

    private static List<String> address(Address a) {
        if (a == null) {
            return List.of();
        }
        String cityLine = Stream.of(a.postalCode(), a.city(), a.region()).filter(FacilityDirectory::present)
                .collect(Collectors.joining(" "));
        return Stream.of(a.line1(), a.line2(), cityLine, a.country()).filter(FacilityDirectory::present).toList();
    }

    private static boolean present(String part) {
        return part != null && !part.isBlank();
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> facilityIds) {
        Map<UUID, String> names = new LinkedHashMap<>();
        facilityIds.stream().distinct().forEach(id -> name(id).ifPresent(n -> names.put(id, n)));
        return names;
    }
}
