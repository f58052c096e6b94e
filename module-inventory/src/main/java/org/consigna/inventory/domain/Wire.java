package org.consigna.inventory.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.consigna.platform.problem.ProblemException;

/** Enum constants as they appear in the API and the database: lower case, words joined by '_'. */
public final class Wire {

    private Wire() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** Reads a value a client sent; an unknown word is a 400 that lists the known ones. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            // a dash reads as the underscore of the wire word: status=facility-stock is facility_stock
            if (of(constant).equals(value.trim().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                return constant;
            }
        }
        String known = Arrays.stream(type.getEnumConstants()).map(Wire::of).collect(Collectors.joining(", "));
        throw ProblemException.badRequest("invalid-" + field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT),
                "'" + value + "' is not a valid " + field + "; use one of: " + known);
    }
}
