package org.consigna.platform.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.Reader;

/**
 * JSON-P through one provider, looked up once. {@code jakarta.json.Json}'s static methods look the
 * provider up with a ServiceLoader on every call, which reads the class path's jars: about a tenth
 * of the server's time per request body when the request path was profiled (issue 16).
 */
public final class JsonP {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonP() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder object(JsonObject start) {
        return PROVIDER.createObjectBuilder(start);
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonString value(String value) {
        return PROVIDER.createValue(value);
    }

    public static JsonValue value(long value) {
        return PROVIDER.createValue(value);
    }

    public static JsonValue value(double value) {
        return PROVIDER.createValue(value);
    }

    public static JsonParser parser(Reader reader) {
        return PROVIDER.createParser(reader);
    }

    public static JsonReader reader(Reader reader) {
        return PROVIDER.createReader(reader);
    }
}
