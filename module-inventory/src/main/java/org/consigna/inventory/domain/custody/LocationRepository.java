package org.consigna.inventory.domain.custody;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's locations. */
public interface LocationRepository {

    Optional<Location> find(UUID id);

    /** Locations by name, after {@code afterName} if given. */
    List<Location> all(String afterName, int limit);

    List<Location> findAll(Collection<UUID> ids);

    void add(Location location);

    /**
     * Writes pending changes now, inside the use case, so that a refusal by the database (a duplicate,
     * a concurrent update) surfaces as its problem instead of as a failed commit after the method.
     */
    void flush();
}
