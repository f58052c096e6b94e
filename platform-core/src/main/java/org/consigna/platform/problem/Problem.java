package org.consigna.platform.problem;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Map;
import org.consigna.platform.json.JsonP;

/**
 * An RFC 9457 problem: {@code type} is a URN under {@code urn:consigna:problem:}, extension
 * members (for example {@code errors} for validation) sit beside the standard ones.
 */
public record Problem(int status, String type, String title, String detail, Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:consigna:problem:";

    public Problem(int status, String type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    public Response toResponse(String instance) {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson(instance)).build();
    }

    /** The problem+json body; {@code instance} may be null. */
    public String toJson(String instance) {
        JsonObjectBuilder json = JsonP.object()
                .add("type", TYPE_PREFIX + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (instance != null) {
            json.add("instance", instance);
        }
        extensions.forEach((name, value) -> json.add(name, jsonValue(value)));
        return json.build().toString();
    }

    private static JsonValue jsonValue(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Number number) {
            // Two calls, not one conditional: `c ? double : long` would promote the long to a double.
            return number.toString().contains(".") ? JsonP.value(number.doubleValue()) : JsonP.value(number.longValue());
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JsonP.object();
            map.forEach((k, v) -> object.add(String.valueOf(k), jsonValue(v)));
            return object.build();
        }
        if (value instanceof Collection<?> list) {
            var array = JsonP.array();
            list.forEach(item -> array.add(jsonValue(item)));
            return array.build();
        }
        return JsonP.value(value.toString());
    }
}
