package org.consigna.events.domain.eventtype;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's event types. */
public interface EventTypeRepository {

    Optional<EventType> find(UUID id);

    Optional<EventType> findByName(String name);

    List<EventType> all(boolean includeInactive);

    void add(EventType type);
}
