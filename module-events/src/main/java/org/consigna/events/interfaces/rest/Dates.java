package org.consigna.events.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.consigna.platform.problem.ProblemException;

/** Dates in query parameters: ISO {@code yyyy-mm-dd}, refused clearly otherwise. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-date", "'" + name + "' must be a date like 2026-01-31, not '"
                    + value + "'");
        }
    }
}
