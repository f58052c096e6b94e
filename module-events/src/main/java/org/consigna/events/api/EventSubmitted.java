package org.consigna.events.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Published (CDI, synchronously) after an event's behaviour has run on submit, inside the same
 * transaction. Observers (billing: signatures, PO numbers, sales orders; facility stock: commissions and
 * the sales dashboard) may add their own data; an observer that throws refuses the submit and everything
 * is rolled back.
 *
 * @param submission  1 for the first submit, 2 after the first reopen, ...
 * @param recordsSale whether the behaviour records a sale for this event
 * @param attributes  free data the client sent with the submit, for observers (e.g. signatures)
 * @param surgeonId   the event's surgeon, or null
 * @param eventDate   the event's date
 */
public record EventSubmitted(String tenantId, UUID eventId, UUID eventTypeId, String behaviour, UUID facilityId,
                             UUID representativeId, int submission, boolean recordsSale, boolean billingApplies,
                             List<Line> lines, Map<String, String> attributes, UUID submittedBy, Instant submittedAt,
                             UUID surgeonId, LocalDate eventDate) {

    public EventSubmitted {
        lines = List.copyOf(lines);
        attributes = Map.copyOf(attributes);
    }

    /** Without surgeon and date, as before they were published. */
    public EventSubmitted(String tenantId, UUID eventId, UUID eventTypeId, String behaviour, UUID facilityId,
                          UUID representativeId, int submission, boolean recordsSale, boolean billingApplies,
                          List<Line> lines, Map<String, String> attributes, UUID submittedBy, Instant submittedAt) {
        this(tenantId, eventId, eventTypeId, behaviour, facilityId, representativeId, submission, recordsSale,
                billingApplies, lines, attributes, submittedBy, submittedAt, null, null);
    }

    /**
     * A device in the submitted event and what submitting did to it.
     *
     * @param quantity       units used or sold (one for a serialized device)
     * @param custodianId    who held the device when the event used it (for facility stock: the custodian who sold it)
     * @param facilityStock  the event used facility stock: the device was sold to a facility before this event (a
     *                       consumed device keeps that facility, so a resubmit reports it too)
     * @param soldToFacility submitting made the device facility stock (a stocking order)
     */
    public record Line(UUID lineId, UUID deviceId, UUID itemId, String usage, boolean consumed, int quantity,
                       UUID custodianId, boolean facilityStock, boolean soldToFacility) {

        /** Without quantity, custodian and facility stock, as before they were published. */
        public Line(UUID lineId, UUID deviceId, UUID itemId, String usage, boolean consumed) {
            this(lineId, deviceId, itemId, usage, consumed, 1, null, false, false);
        }
    }
}
