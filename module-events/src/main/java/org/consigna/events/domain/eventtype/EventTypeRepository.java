package org.consigna.events.domain.eventtype;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's event types. */
public interface EventTypeRepository {

    Optional<EventType> find(UUID id);

    Optional<EventType> findByName(String name);

    /** Event types by lower-cased name (unique), after {@code afterLowerName} if given. */
    List<EventType> all(boolean includeInactive, String afterLowerName, int limit);

    void add(EventType type);
}
