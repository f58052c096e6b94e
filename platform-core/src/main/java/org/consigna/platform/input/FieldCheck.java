package org.consigna.platform.input;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.consigna.platform.input.StrictJson.FieldError;

/**
 * Walks a JSON value beside the Java type it will become: records, lists, maps and the scalar types
 * requests use. Every string and key is checked for control characters, typed or not.
 */
final class FieldCheck {

    private static final int MAX_ERRORS = 20;

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> check(JsonValue value, Type target) {
        Class<?> raw = raw(target);
        if (raw.isRecord() && value.getValueType() != JsonValue.ValueType.OBJECT
                || isCollection(raw) && value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw StrictJson.malformed("The request body must be a JSON " + (raw.isRecord() ? "object" : "array")
                    + ", not " + kind(value));
        }
        walk(value, target, "", false);
        return errors;
    }

    private void walk(JsonValue value, Type target, String path, boolean scanned) {
        if (errors.size() >= MAX_ERRORS) {
            return;
        }
        Class<?> raw = raw(target);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                fail(path, Scalars.expected(raw));
            }
            return;
        }
        if (raw.isRecord()) {
            record(value, raw, path);
        } else if (isCollection(raw) || raw.isArray()) {
            list(value, raw.isArray() ? raw.getComponentType() : argument(target, 0), path, scanned);
        } else if (Map.class.isAssignableFrom(raw)) {
            map(value, argument(target, 1), path, scanned);
        } else if (Scalars.knows(raw)) {
            String message = Scalars.check(value, raw);
            if (message != null) {
                fail(path, message);
            } else if (value instanceof JsonString text) {
                text(text.getString(), path, scanned);
            }
        } else {
            untyped(value, path);
        }
    }

    private void record(JsonValue value, Class<?> type, String path) {
        if (!(value instanceof JsonObject object)) {
            fail(path, "must be an object");
            return;
        }
        Map<String, RecordComponent> components = new java.util.HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        object.forEach((key, member) -> {
            String field = join(path, key);
            key(key, field);
            RecordComponent component = components.get(key);
            if (component == null) {
                untyped(member, field);
            } else {
                walk(member, component.getGenericType(), field, component.isAnnotationPresent(ScannedText.class));
            }
        });
    }

    private void list(JsonValue value, Type element, String path, boolean scanned) {
        if (!(value instanceof JsonArray array)) {
            fail(path, "must be a list (a JSON array)");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            walk(array.get(i), element, path + "[" + i + "]", scanned);
        }
    }

    private void map(JsonValue value, Type valueType, String path, boolean scanned) {
        if (!(value instanceof JsonObject object)) {
            fail(path, "must be an object");
            return;
        }
        object.forEach((key, member) -> {
            key(key, join(path, key));
            walk(member, valueType, join(path, key), scanned);
        });
    }

    /** Any JSON: only its strings and keys are checked. */
    private void untyped(JsonValue value, String path) {
        if (value instanceof JsonString text) {
            text(text.getString(), path, false);
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                untyped(array.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                key(key, join(path, key));
                untyped(member, join(path, key));
            });
        }
    }

    private void text(String text, String path, boolean scanned) {
        int at = ControlCharacters.firstRefused(text, scanned);
        if (at >= 0) {
            fail(path, "must not contain control characters (" + ControlCharacters.name(text.charAt(at))
                    + " at position " + (at + 1) + ")");
        }
    }

    private void key(String key, String field) {
        if (ControlCharacters.firstRefused(key, false) >= 0) {
            fail(field, "is a field name with a control character");
        }
    }

    private void fail(String path, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(path.isEmpty() ? "body" : path, message));
        }
    }

    private static String join(String path, String key) {
        String printable = key.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return path.isEmpty() ? printable : path + "." + printable;
    }

    private static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }

    private static boolean isCollection(Class<?> raw) {
        return Collection.class.isAssignableFrom(raw);
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        return Object.class; // wildcards and type variables: checked as untyped JSON
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
