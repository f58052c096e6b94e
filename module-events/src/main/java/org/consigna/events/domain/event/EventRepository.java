package org.consigna.events.domain.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Events of the current tenant. */
public interface EventRepository {

    /** List filters; {@code null} means any. */
    record Filter(UUID typeId, EventStatus status, UUID facilityId, UUID representativeId, LocalDate from,
                  LocalDate to) {
    }

    record Page(List<Event> items, long total) {
    }

    Optional<Event> find(UUID id);

    /** The event, locked until the transaction ends: changes to one event and its lines happen one at a time. */
    Optional<Event> lock(UUID id);

    Page search(Filter filter, int page, int size);

    void add(Event event);
}
