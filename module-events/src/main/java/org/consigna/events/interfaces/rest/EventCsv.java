package org.consigna.events.interfaces.rest;

import java.util.List;
import org.consigna.events.domain.event.Event;
import org.consigna.events.domain.event.PatientIds;

/** Events as CSV for spreadsheets; exports leave the building, so patient ids are always masked. */
final class EventCsv {

    private EventCsv() {
    }

    static String of(List<Event> events) {
        StringBuilder csv = new StringBuilder(
                "id,type_id,behaviour,name,date,facility_id,representative_id,patient_id,status,submitted_at\r\n");
        for (Event e : events) {
            csv.append(e.id()).append(',').append(e.typeId()).append(',').append(cell(e.behaviour())).append(',')
                    .append(cell(e.name())).append(',').append(e.date()).append(',').append(e.facilityId()).append(',')
                    .append(e.representativeId()).append(',').append(cell(PatientIds.mask(e.patientId()))).append(',')
                    .append(e.status().wire()).append(',').append(e.submittedAt() == null ? "" : e.submittedAt())
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes a cell when needed, and defuses text a spreadsheet would run as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return text.matches(".*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
