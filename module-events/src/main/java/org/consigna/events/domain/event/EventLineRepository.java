package org.consigna.events.domain.event;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Device lines of events, and the history of events. */
public interface EventLineRepository {

    List<EventLine> linesOf(UUID eventId);

    /** The line holding the device in an open or reopened event, if any. */
    Optional<EventLine> heldLineOf(UUID deviceId);

    /** Persists the line with the history entry that records it: both written now, in one flush, so the
     * one-open-event index decides at once. */
    void add(EventLine line, HistoryEntry recorded);

    /** Writes pending changes now, so the database's constraints decide inside the use case. */
    void flush();

    void record(HistoryEntry entry);

    List<HistoryEntry> historyOf(UUID eventId);
}
