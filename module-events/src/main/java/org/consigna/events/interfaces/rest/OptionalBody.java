package org.consigna.events.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.consigna.platform.problem.ProblemException;

/** A request body that may be left out entirely (JAX-RS refuses an empty body for a typed parameter). */
final class OptionalBody {

    private static final Jsonb JSON = JsonbBuilder.create();

    private OptionalBody() {
    }

    static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.fromJson(body, type);
        } catch (JsonbException e) {
            throw ProblemException.badRequest("malformed-json", "The request body is not valid JSON for this resource");
        }
    }
}
