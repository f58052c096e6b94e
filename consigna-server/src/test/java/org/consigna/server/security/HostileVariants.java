package org.consigna.server.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Hostile versions of a valid body: one field spoiled at a time (control characters, huge text,
 * numbers out of any range, wrong JSON types, unknown ids, huge lists), then the whole body
 * (array instead of object, trailing garbage, cut short). A fixed seed picks a sample per field.
 */
final class HostileVariants {

    /** A body to send and what was spoiled, for the failure message. */
    record Variant(String what, String body) {
    }

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int PER_FIELD = 4;

    private final Random random;

    HostileVariants(long seed) {
        this.random = new Random(seed);
    }

    List<Variant> of(JsonObject body, boolean optional) {
        List<Variant> variants = new ArrayList<>();
        spoil(body, body, "", variants);
        String text = body.toString();
        variants.add(new Variant("array instead of object", "[" + text + "]"));
        variants.add(new Variant("trailing garbage", text + "x"));
        variants.add(new Variant("second value", text + " {}"));
        variants.add(new Variant("cut short", text.substring(0, text.length() / 2)));
        variants.add(new Variant("not JSON", "name=value"));
        if (!optional) {
            variants.add(new Variant("empty body", ""));
            variants.add(new Variant("null", "null"));
        }
        return variants;
    }

    /** Spoils each field of {@code value} (at {@code path} in {@code root}) in a sample of ways. */
    private void spoil(JsonObject root, JsonValue value, String path, List<Variant> out) {
        if (value instanceof JsonObject object) {
            if (!path.isEmpty()) {
                sample(root, path, out, List.of(Json.createValue("text"), Json.createArrayBuilder().add(object).build()), true);
            }
            object.forEach((key, member) -> spoil(root, member, path.isEmpty() ? key : path + "." + key, out));
            return;
        }
        List<JsonValue> hostile = new ArrayList<>();
        boolean firstAlways = false;
        if (value instanceof JsonString s) {
            String v = s.getString();
            if (UUID_TEXT.matcher(v).matches()) {
                hostile.addAll(List.of(Json.createValue("not-a-uuid"), Json.createValue("1-1-1-1-1"),
                        Json.createValue(WriteOperations.FixtureIds.UNKNOWN), Json.createValue(7)));
            } else if (DATE_TEXT.matcher(v).matches()) {
                hostile.addAll(List.of(Json.createValue("31/01/2026"), Json.createValue("2026-02-30"), Json.createValue(20260131)));
            } else {
                firstAlways = true;
                hostile.addAll(List.of(Json.createValue(v + "\u0000"), Json.createValue("\u0001" + v), Json.createValue(v + "\u007f"),
                        Json.createValue("\u0085" + v), Json.createValue(v.repeat(1 + 100_000 / Math.max(1, v.length()))),
                        Json.createValue(42), Json.createObjectBuilder().add("a", v).build()));
            }
            if (UUID_TEXT.matcher(v).matches() || DATE_TEXT.matcher(v).matches()) {
                hostile.add(Json.createValue(v + "\u0000"));
            }
        } else if (value instanceof JsonNumber n) {
            hostile.addAll(List.of(Json.createValue(new BigInteger("9223372036854775808")),
                    Json.createValue(new BigInteger("-9223372036854775809")), Json.createValue(new BigDecimal("1e400")),
                    Json.createValue(n.isIntegral() ? new BigDecimal("0.5") : new BigDecimal("0.0000001")),
                    Json.createValue(n.isIntegral() ? new BigDecimal("2147483648") : new BigDecimal("-1")),
                    Json.createValue(n.toString()), JsonValue.TRUE));
        } else if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            hostile.addAll(List.of(Json.createValue("yes"), Json.createValue(1), Json.createValue("\u0000")));
        } else if (value instanceof JsonArray array && !array.isEmpty()) {
            var huge = Json.createArrayBuilder();
            Collections.nCopies(20_001, array.get(0)).forEach(huge::add);
            hostile.addAll(List.of(Json.createObjectBuilder().add("a", array).build(), huge.build(),
                    Json.createArrayBuilder().add(JsonValue.NULL).build(), Json.createValue("text")));
            spoil(root, array.get(0), path + "[0]", out);
        }
        sample(root, path, out, hostile, firstAlways);
    }

    private void sample(JsonObject root, String path, List<Variant> out, List<JsonValue> hostile, boolean firstAlways) {
        List<JsonValue> chosen = new ArrayList<>(hostile);
        JsonValue first = firstAlways && !chosen.isEmpty() ? chosen.remove(0) : null;
        Collections.shuffle(chosen, random);
        chosen = new ArrayList<>(chosen.subList(0, Math.min(first == null ? PER_FIELD : PER_FIELD - 1, chosen.size())));
        if (first != null) {
            chosen.add(0, first);
        }
        for (JsonValue v : chosen) {
            out.add(new Variant(path + " = " + abbreviated(v), replace(root, path, v).toString()));
        }
    }

    private static String abbreviated(JsonValue v) {
        String text = v.toString();
        return text.length() > 60 ? text.substring(0, 60) + "...(" + text.length() + " chars)" : text;
    }

    /** {@code root} with the value at {@code path} (dots and [i]) replaced. */
    static JsonValue replace(JsonValue root, String path, JsonValue with) {
        if (path.isEmpty()) {
            return with;
        }
        String head;
        String rest;
        if (path.startsWith("[")) {
            int end = path.indexOf(']');
            head = path.substring(0, end + 1);
            rest = path.substring(end + 1);
        } else {
            int dot = indexOfAny(path);
            head = dot < 0 ? path : path.substring(0, dot);
            rest = dot < 0 ? "" : path.substring(dot);
        }
        if (rest.startsWith(".")) {
            rest = rest.substring(1);
        }
        if (head.startsWith("[")) {
            JsonArray array = (JsonArray) root;
            int index = Integer.parseInt(head.substring(1, head.length() - 1));
            var copy = Json.createArrayBuilder(array);
            copy.set(index, replace(array.get(index), rest, with));
            return copy.build();
        }
        JsonObject object = (JsonObject) root;
        return Json.createObjectBuilder(object).add(head, replace(object.get(head), rest, with)).build();
    }

    private static int indexOfAny(String path) {
        int dot = path.indexOf('.');
        int bracket = path.indexOf('[');
        return dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
    }
}
