package org.consigna.inventory.interfaces.rest;

import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * Query parameters read by hand: JAX-RS answers a malformed query parameter with 404, while a
 * client deserves a 400 that names the parameter.
 */
final class Params {

    private Params() {
    }

    static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-parameter", "Query parameter '" + name + "' must be a UUID, not '" + value + "'");
        }
    }

    static int range(Integer value, int fallback, int min, int max, String name) {
        int result = value == null ? fallback : value;
        if (result < min || result > max) {
            throw ProblemException.badRequest("invalid-parameter", "Query parameter '" + name + "' must be between " + min + " and " + max);
        }
        return result;
    }
}
