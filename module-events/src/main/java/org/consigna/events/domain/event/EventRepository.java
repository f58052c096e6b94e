package org.consigna.events.domain.event;

import java.time.Instant;
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

    /** Where a page of events ended: the sort key of its last event (date, created at, id; all newest first). */
    record EventKey(LocalDate date, Instant createdAt, UUID id) {
    }

    Optional<Event> find(UUID id);

    /** The event, locked until the transaction ends: changes to one event and its lines happen one at a time. */
    Optional<Event> lock(UUID id);

    /** Events by date, then creation, newest first; after {@code after} if given; at most {@code limit}. */
    List<Event> search(Filter filter, EventKey after, int limit);

    void add(Event event);
}
