package org.consigna.facilitystock.interfaces.rest.commission;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.consigna.platform.problem.ProblemException;

/** Dates and months in query parameters, ISO, refused with a 400 naming the parameter otherwise. */
public final class Periods {

    private Periods() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw refused(name, "a date like 2026-01-31", value);
        }
    }

    public static YearMonth month(String name, String value, YearMonth otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw refused(name, "a month like 2026-01", value);
        }
    }

    public static ProblemException refused(String name, String expected, String value) {
        return new ProblemException(400, "invalid-parameter", "Bad request", "Query parameter '" + name + "' must be "
                + expected + ", not '" + value + "'", Map.of("parameter", name));
    }
}
