package org.consigna.inventory.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Decisions (accept, reject, cancel) may come with a body or none at all; JAX-RS refuses an empty
 * body for a typed entity parameter, so such endpoints take the text and read it here.
 */
final class OptionalBody {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private OptionalBody() {
    }

    /** The body as {@code type}, or {@code empty} when there is no body; malformed JSON is a 400 problem. */
    static <T> T read(String body, Class<T> type, T empty) {
        if (body == null || body.isBlank()) {
            return empty;
        }
        T value = JSONB.fromJson(body, type);
        return value == null ? empty : value;
    }
}
