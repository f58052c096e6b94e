package org.consigna.platform.input;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.consigna.platform.json.JsonP;
import org.consigna.platform.problem.ProblemException;

/**
 * Reads a request body as exactly one JSON value and checks it against the Java type a resource
 * reads it as, before JSON-B sees it: the client learns which field is wrong, in plain words.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** The body's one JSON value, checked against {@code target}; a refusal is a 400 problem. */
    public static JsonValue check(String text, Type target) {
        JsonValue value = parse(text);
        List<FieldError> errors = new FieldCheck().check(value, target);
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        return value;
    }

    /** Exactly one JSON value and nothing after it. */
    static JsonValue parse(String text) {
        if (text == null || text.isBlank()) {
            throw malformed("The request body is empty; it must be one JSON value");
        }
        try (JsonParser parser = JsonP.parser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (more(parser)) {
                throw malformed("The request body must be one JSON value with nothing after it" + at(parser.getLocation()));
            }
            return value;
        } catch (JsonParsingException e) {
            throw malformed("The request body is not well-formed JSON" + at(e.getLocation()));
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw malformed("The request body is not well-formed JSON (it may be cut short)");
        }
    }

    private static boolean more(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException e) {
            return true; // Parsson refuses anything but the end here: that is "something after the value"
        }
    }

    static ProblemException malformed(String detail) {
        return new ProblemException(400, "malformed-json", "Malformed request body", detail);
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    private static ProblemException refused(List<FieldError> errors) {
        FieldError first = errors.get(0);
        String detail = "'" + first.field() + "' " + first.message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more invalid field(s))" : "");
        List<Map<String, Object>> listed = errors.stream()
                .map(e -> Map.<String, Object>of("field", e.field(), "message", e.message())).toList();
        return new ProblemException(400, "validation", "Invalid request", detail, Map.of("errors", listed));
    }

    /** One field the body got wrong: its path (for example {@code newFacilityContact.name}) and what it must be. */
    record FieldError(String field, String message) {
    }
}
