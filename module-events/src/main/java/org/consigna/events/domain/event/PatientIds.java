package org.consigna.events.domain.event;

/** Patient ids are sensitive: outside the people who may act on the event only the last four characters show. */
public final class PatientIds {

    /** Always five dots, whatever the length, so the mask does not tell the length either. */
    static final String DOTS = "\u2022\u2022\u2022\u2022\u2022";

    private PatientIds() {
    }

    public static String mask(String patientId) {
        if (patientId == null) {
            return null;
        }
        return patientId.length() <= 4 ? DOTS : DOTS + patientId.substring(patientId.length() - 4);
    }
}
