package org.consigna.events.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Published (CDI, synchronously) after an event's behaviour has run on submit, inside the same
 * transaction. Observers (billing: signatures, PO numbers, sales orders) may add their own data;
 * an observer that throws refuses the submit and everything is rolled back.
 *
 * @param submission  1 for the first submit, 2 after the first reopen, ...
 * @param recordsSale whether the behaviour records a sale for this event
 * @param attributes  free data the client sent with the submit, for observers (e.g. signatures)
 */
public record EventSubmitted(String tenantId, UUID eventId, UUID eventTypeId, String behaviour, UUID facilityId,
                             UUID representativeId, int submission, boolean recordsSale, boolean billingApplies,
                             List<Line> lines, Map<String, String> attributes, UUID submittedBy, Instant submittedAt) {

    public EventSubmitted {
        lines = List.copyOf(lines);
        attributes = Map.copyOf(attributes);
    }

    /** A device in the submitted event and what submitting did to it. */
    public record Line(UUID lineId, UUID deviceId, UUID itemId, String usage, boolean consumed) {
    }
}
