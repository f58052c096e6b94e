package org.consigna.events.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Submitting (closing) an event for another module (billing's sign and close), as the current caller with every
 * check {@code POST .../events/{id}/submit} makes, inside the caller's transaction: a refusal is the same
 * problem+json and undoes everything the caller did with it.
 */
public interface EventSubmissions {

    /**
     * The event as it would be closed now: its facility, representative and current lines. Refuses (404) an unknown
     * event and (403) a caller who may not act on it.
     */
    EventToClose toClose(UUID eventId);

    /**
     * Submits the event, which publishes {@link EventSubmitted}; the attributes reach its observers.
     *
     * @return the submission number (1 for the first submit, 2 after the first reopen, ...)
     */
    int submit(UUID eventId, Map<String, String> attributes);

    /**
     * An event as its closing sees it.
     *
     * @param status         the events module's word: {@code open}, {@code closed} or {@code reopened}
     * @param billingApplies whether the event's type has billing on
     */
    record EventToClose(UUID eventId, UUID facilityId, UUID representativeId, String status, boolean billingApplies,
                        List<LineFacts> lines) {

        public EventToClose {
            lines = List.copyOf(lines);
        }
    }
}
