package org.consigna.identity.infrastructure;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.consigna.platform.json.JsonP;

/** HTTP and JSON plumbing of the admin client; every failure becomes a {@link KeycloakException}. */
final class KeycloakHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient client;

    KeycloakHttp(HttpClient client) {
        this.client = client;
    }

    HttpResponse<String> postForm(String step, String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(step, HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> send(String step, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeycloakException(step, 0, "no answer from " + request.uri().getAuthority() + " (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakException(step, 0, "interrupted while waiting for " + request.uri().getAuthority());
        }
    }

    static HttpRequest.Builder json(String url, String bearer) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
    }

    /** The response if its status is one of the expected ones, otherwise a failure naming the step. */
    HttpResponse<String> expect(String step, HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new KeycloakException(step, response.statusCode(), errorMessage(response.body()));
    }

    /** Keycloak's own words: {@code errorMessage}, or {@code error} and {@code error_description}. */
    static String errorMessage(String body) {
        if (body == null || body.isBlank()) {
            return "(no message)";
        }
        try {
            if (parse(body) instanceof JsonObject json) {
                if (json.containsKey("errorMessage")) {
                    return json.getString("errorMessage", "");
                }
                if (json.containsKey("error")) {
                    return json.getString("error", "") + (json.containsKey("error_description")
                            ? ": " + json.getString("error_description", "") : "");
                }
            }
        } catch (JsonParsingException | ClassCastException notJson) {
            // fall through to the raw text
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    /** The id at the end of the {@code Location} of a 201. */
    static String createdId(String step, HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new KeycloakException(step, response.statusCode(), "no Location header"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static JsonObject object(String body) {
        return (JsonObject) parse(body);
    }

    static JsonArray array(String body) {
        return (JsonArray) parse(body);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonStructure parse(String body) {
        try (JsonReader reader = JsonP.reader(new StringReader(body))) {
            return reader.read();
        }
    }
}
