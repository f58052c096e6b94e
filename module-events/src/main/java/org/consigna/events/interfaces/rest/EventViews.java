package org.consigna.events.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.consigna.events.domain.event.Event;
import org.consigna.events.domain.event.EventDetails;
import org.consigna.events.domain.event.EventLine;
import org.consigna.events.domain.event.HistoryEntry;
import org.consigna.events.domain.event.PatientIds;

/** Events as clients see them. The patient id is full only where the caller may act on the event. */
public final class EventViews {

    private EventViews() {
    }

    public record EventView(UUID id, UUID typeId, String behaviour, String name, LocalDate date, UUID facilityId,
                            UUID representativeId, UUID facilityContactId, UUID surgeonId, String patientId,
                            boolean patientIdMasked, List<UUID> productLineIds, String notes, boolean billingApplies,
                            boolean sale, String status, int submissions, Instant createdAt, Instant submittedAt,
                            List<LineView> lines) {

        /** @param sale whether the event records a sale (false: a non-sale case, e.g. one using facility stock) */
        static EventView of(Event e, boolean full, List<EventLine> lines, boolean sale) {
            EventDetails d = e.details();
            return new EventView(e.id(), e.typeId(), e.behaviour(), d.name(), d.date(), d.facilityId(),
                    e.representativeId(), d.facilityContactId(), d.surgeonId(),
                    full ? d.patientId() : PatientIds.mask(d.patientId()), !full && d.patientId() != null,
                    d.productLineIds(), d.notes(), e.billingApplies(), sale, e.status().wire(), e.submissions(),
                    e.createdAt(), e.submittedAt(), lines.stream().map(LineView::of).toList());
        }
    }

    /** An event in a list: the patient id is always masked. */
    public record EventSummary(UUID id, UUID typeId, String behaviour, String name, LocalDate date, UUID facilityId,
                               UUID representativeId, String patientId, String status, Instant submittedAt) {

        static EventSummary of(Event e) {
            return new EventSummary(e.id(), e.typeId(), e.behaviour(), e.name(), e.date(), e.facilityId(),
                    e.representativeId(), PatientIds.mask(e.patientId()), e.status().wire(), e.submittedAt());
        }
    }

    public record LineView(UUID id, UUID deviceId, int quantity, String usage, boolean inEvent, boolean consumed,
                           UUID consumedDeviceId, boolean soldToFacility, Instant addedAt, Instant removedAt) {

        static LineView of(EventLine l) {
            return new LineView(l.id(), l.deviceId(), l.quantity(), l.usage().wire(), l.isInEvent(), l.isConsumed(),
                    l.consumedDeviceId(), l.isSoldToFacility(), l.addedAt(), l.removedAt());
        }
    }

    public record HistoryView(Instant at, UUID actorId, String action, String fromStatus, String toStatus,
                              UUID deviceId, String usage, String detail) {

        static HistoryView of(HistoryEntry h) {
            return new HistoryView(h.recordedAt(), h.actorId(), h.action(), h.fromStatus(), h.toStatus(), h.deviceId(),
                    h.usage(), h.detail());
        }
    }
}
