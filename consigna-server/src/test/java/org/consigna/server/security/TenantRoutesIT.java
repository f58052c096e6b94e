package org.consigna.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Walks every tenant route the server describes at {@code /openapi}, with every way of spelling a
 * tenant id that is not the canonical one, another tenant's id and an unknown id, as a tenant admin,
 * a sales user and the platform operator: never a 2xx, always problem+json 403 or 404 (400
 * {@code invalid-path} for a NUL in the path, refused before any route is matched; 400 {@code invalid-parameter}
 * naming {@code tenant} for another control character, refused by the strict parameter check before any tenant code).
 */
class TenantRoutesIT extends IntegrationTest {

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A route as the API describes it: method and the path after {@code t/{tenant}/}. */
    /** {@code mediaType}: what the operation consumes (JSON unless /openapi says otherwise, e.g. a CSV upload). */
    record Route(String method, String rest, String mediaType) {
    }

    record Answer(String what, int status, String contentType, String body) {
    }

    @Test
    void noSpellingOfAnotherOrAnUnknownTenantReachesAnyTenantRoute() throws Exception {
        Api.Tenant a = api.newTenant("walk-a");
        Api.Tenant b = api.newTenant("walk-b");
        String salesEmail = "sales@" + a.id() + ".test";
        api.as(a.adminToken()).body(Map.of("email", salesEmail, "firstName", "Sal", "lastName", "Es", "role", "sales"))
                .post(a.path("members")).then().statusCode(201);
        Map<String, String> callers = Map.of("admin of A", a.adminToken(), "sales of A",
                Api.tokenOf(salesEmail, "openid organization"), "operator", Tokens.shared().operatorToken());
        List<Route> routes = tenantRoutes();
        assertThat(routes).as("tenant routes in /openapi").hasSizeGreaterThan(40);
        assertThat(send("GET", "api/t/" + a.id() + "/ping", a.adminToken()).status())
                .as("the canonical spelling of one's own tenant works").isEqualTo(200);

        String unknown = "zz-" + UUID.randomUUID().toString().substring(0, 8);
        List<Callable<Answer>> work = new ArrayList<>();
        for (String target : List.of(b.id(), unknown, a.id())) {
            List<String> prefixes = new ArrayList<>(noncanonical(target));
            if (!target.equals(a.id())) {
                prefixes.add("api/t/" + target + "/");
            }
            for (String prefix : prefixes) {
                for (Route route : routes) {
                    for (var caller : callers.entrySet()) {
                        String path = prefix + route.rest();
                        work.add(() -> {
                            Answer answer = send(route.method(), path, caller.getValue(), route.mediaType());
                            return new Answer(caller.getKey() + " " + route.method() + " /" + path, answer.status(),
                                    answer.contentType(), answer.body());
                        });
                    }
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Answer> wrong = new ArrayList<>();
        try {
            for (Future<Answer> future : pool.invokeAll(work)) {
                Answer answer = future.get();
                boolean problem = answer.contentType().startsWith("application/problem+json");
                // A NUL in a path is refused before the container routes it (web.HttpLayerRefusals): 400.
                boolean refused = answer.what().contains("%00")
                        ? answer.status() == 400 && answer.body().contains("\"type\":\"urn:consigna:problem:invalid-path\"")
                        : answer.what().contains("%01")
                        ? answer.status() == 400 && answer.body().contains("\"type\":\"urn:consigna:problem:invalid-parameter\"")
                                && answer.body().contains("\"parameter\":\"tenant\"")
                        : answer.status() == 403 || answer.status() == 404;
                if (!(refused && problem)) {
                    wrong.add(answer);
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(wrong).as("answers other than problem+json 403/404 out of %d requests", work.size()).isEmpty();
    }

    @Test
    void anotherTenantsIdIsNotAMembershipAndAnUnknownOneIsNotATenant() throws Exception {
        Api.Tenant a = api.newTenant("walk-c");
        Api.Tenant b = api.newTenant("walk-d");
        Answer other = send("GET", "api/t/" + b.id() + "/settings", a.adminToken());
        assertThat(other.status()).isEqualTo(403);
        assertThat(JsonPath.from(other.body()).getString("type")).isEqualTo("urn:consigna:problem:not-a-member");
        assertThat(other.body()).doesNotContain("Tenant " + b.id());
        Answer encoded = send("GET", "api/t/" + percentEncodeFirstLetter(b.id()) + "/settings", a.adminToken());
        assertThat(encoded.status()).isEqualTo(404);
        assertThat(JsonPath.from(encoded.body()).getString("type")).isEqualTo("urn:consigna:problem:tenant-not-found");
        Answer matrix = send("GET", "api/t/" + b.id() + ";/ping", a.adminToken());
        assertThat(matrix.status()).isEqualTo(404);
        Answer unknown = send("GET", "api/t/zz-" + UUID.randomUUID().toString().substring(0, 8) + "/ping", a.adminToken());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    /** Raw URL prefixes that spell a tenant id other than as it was created. */
    static List<String> noncanonical(String id) {
        return List.of(
                "api/t/" + percentEncodeFirstLetter(id) + "/",
                "api/t/" + id.substring(0, id.length() - 1) + "%" + hex(id.charAt(id.length() - 1)) + "/",
                "api/t/" + id + ";/",
                "api/t/" + id + ";v=1/",
                "api/t//" + id + "/",
                "api/t/" + id + "//",
                "api/t/" + id + "./",
                "api/t/" + id.toUpperCase(Locale.ROOT) + "/",
                "api/t/" + id + "%00/",
                "api/t/" + id + "%01/",
                "api/t/" + id + "%20/",
                "api/t/" + id + "a".repeat(300) + "/");
    }

    private static String percentEncodeFirstLetter(String id) {
        return "%" + hex(id.charAt(0)) + id.substring(1);
    }

    private static String hex(char c) {
        return String.format("%02X", (int) c);
    }

    private List<Route> tenantRoutes() {
        String server = deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort();
        String json = io.restassured.RestAssured.given().baseUri(server).accept("application/json").get("/openapi")
                .then().statusCode(200).extract().asString();
        Map<String, Map<String, Object>> paths = JsonPath.from(json).getMap("paths");
        List<Route> routes = new ArrayList<>();
        paths.forEach((path, operations) -> {
            int at = path.indexOf("t/{tenant}");
            if (at < 0) {
                return;
            }
            String rest = path.substring(at + "t/{tenant}".length()).replaceFirst("^/", "")
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            operations.forEach((m, operation) -> {
                if (List.of("get", "post", "put", "delete", "patch").contains(m)) {
                    routes.add(new Route(m.toUpperCase(Locale.ROOT), rest, consumes(operation)));
                }
            });
        });
        return routes;
    }

    @SuppressWarnings("unchecked")
    private static String consumes(Object operation) {
        Object body = operation instanceof Map<?, ?> o ? o.get("requestBody") : null;
        Object content = body instanceof Map<?, ?> b ? b.get("content") : null;
        return content instanceof Map<?, ?> c && !c.isEmpty() && !c.containsKey("application/json")
                ? (String) c.keySet().iterator().next() : "application/json";
    }

    private Answer send(String method, String rawPath, String token) throws Exception {
        return send(method, rawPath, token, "application/json");
    }

    private Answer send(String method, String rawPath, String token, String mediaType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.root() + rawPath))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, text/csv;q=0.5, */*;q=0.1");
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", mediaType)
                    .method(method, HttpRequest.BodyPublishers.ofString(mediaType.equals("application/json") ? "{}" : "a,b\n"));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(method + " " + rawPath, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }
}
