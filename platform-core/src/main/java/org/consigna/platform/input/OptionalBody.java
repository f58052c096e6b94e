package org.consigna.platform.input;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * A JSON body a client may leave out (JAX-RS refuses an empty body for a typed parameter, so such
 * resources take the text): read as strictly as any other body, then its bean constraints checked.
 */
public final class OptionalBody {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static volatile Validator validator;

    private OptionalBody() {
    }

    /** The body as {@code type}, or {@code empty} when there is none (or it is JSON null). */
    public static <T> T read(String body, Class<T> type, T empty) {
        if (body == null || body.isBlank()) {
            return empty;
        }
        StrictJson.check(body, type);
        T value;
        try {
            value = JSON.fromJson(body, type);
        } catch (JsonbException e) {
            throw StrictJson.malformed("The request body does not fit this resource");
        }
        if (value == null) {
            return empty;
        }
        Set<ConstraintViolation<T>> violations = validator().validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    private static Validator validator() {
        if (validator == null) {
            validator = Validation.buildDefaultValidatorFactory().getValidator();
        }
        return validator;
    }
}
