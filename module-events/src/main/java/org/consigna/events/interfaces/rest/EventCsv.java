package org.consigna.events.interfaces.rest;

import java.util.List;
import org.consigna.events.domain.event.Event;
import org.consigna.events.domain.event.PatientIds;
import org.consigna.platform.web.CsvWriter;

/** Events as CSV for spreadsheets; exports leave the building, so patient ids are always masked. */
final class EventCsv {

    private static final String[] HEADER = {"id", "type_id", "behaviour", "name", "date", "facility_id",
        "representative_id", "patient_id", "status", "submitted_at"};

    private EventCsv() {
    }

    static String of(List<Event> events) {
        return CsvWriter.of(HEADER, events.stream().map(e -> new Object[] {e.id(), e.typeId(), e.behaviour(), e.name(),
                e.date(), e.facilityId(), e.representativeId(), PatientIds.mask(e.patientId()), e.status().wire(),
                e.submittedAt()}).toList());
    }
}
