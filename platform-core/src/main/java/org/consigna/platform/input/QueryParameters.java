package org.consigna.platform.input;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * Query parameters a resource reads as text and converts itself: JAX-RS answers a parameter it cannot convert with
 * a bare 404, while the caller deserves a 400 {@code invalid-parameter} naming the parameter and what it should be.
 * An absent or blank parameter is {@code null} (or the default given).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw refused(name, "an id (UUID)", value);
        }
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

    /** The number, or {@code otherwise} when absent; refused outside {@code min..max}. */
    public static int between(String name, Integer value, int otherwise, int min, int max) {
        int result = value == null ? otherwise : value;
        if (result < min || result > max) {
            throw refused(name, "between " + min + " and " + max, String.valueOf(value));
        }
        return result;
    }

    /** "Query parameter 'name' must be {expected}, not '{value}'", with the parameter's name as a member. */
    public static ProblemException refused(String name, String expected, String value) {
        return rule(name, "must be " + expected + ", not '" + value + "'");
    }

    /** "Query parameter 'name' {rule}", for a rule between parameters ("must be no later than 'to'"). */
    public static ProblemException rule(String name, String rule) {
        return new ProblemException(400, "invalid-parameter", "Bad request", "Query parameter '" + name + "' " + rule,
                Map.of("parameter", name));
    }
}
