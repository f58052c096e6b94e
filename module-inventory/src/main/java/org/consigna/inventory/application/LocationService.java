package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consigna.platform.value.Address;
import org.consigna.inventory.domain.custody.Location;
import org.consigna.inventory.domain.custody.LocationKind;
import org.consigna.inventory.domain.custody.LocationRepository;
import org.consigna.platform.problem.ProblemException;

/** Offices and warehouses: admins manage them, everyone sees them (they are transfer destinations). */
@ApplicationScoped
@Transactional
public class LocationService {

    @Inject
    LocationRepository locations;

    @Inject
    LocationDirectory directory;

    public Location add(String name, LocationKind kind, Address address) {
        Location location = new Location(name, kind, address, Instant.now());
        locations.add(location);
        directory.forgetAfterCommit(location.id());
        return location;
    }

    public Location change(UUID id, String name, LocationKind kind, Address address, boolean active) {
        Location location = load(id);
        location.change(name, kind, address, active);
        locations.flush();
        directory.forgetAfterCommit(id);
        return location;
    }

    public Location load(UUID id) {
        return locations.find(id).orElseThrow(() -> ProblemException.notFound("Location", id));
    }

    public List<Location> all(String afterName, int limit) {
        return locations.all(afterName, limit);
    }
}
