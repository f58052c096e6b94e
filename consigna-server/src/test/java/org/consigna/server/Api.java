package org.consigna.server;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.testsupport.KeycloakAdmin;
import org.consigna.testsupport.Tokens;

/** Calls the platform's API the way a client would, with real Keycloak tokens. */
public final class Api {

    /** Password the tests give the users they create. */
    public static final String PASSWORD = "Test-Secret-42";

    private final String base;
    private final String operatorToken;

    public Api(URL deployment) {
        String url = deployment.toString();
        this.base = (url.endsWith("/") ? url : url + "/") + "api/";
        this.operatorToken = Tokens.shared().operatorToken();
    }

    /** A request without any token. */
    public RequestSpecification anonymous() {
        return given().baseUri(base).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A request as the platform operator. */
    public RequestSpecification request() {
        return as(operatorToken);
    }

    public RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    /** A fresh tenant id, so tests never share tenants. */
    public static String newTenantId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public ValidatableResponse createTenant(String id, Object... modules) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "displayName", "Tenant " + id));
        if (modules.length > 0) {
            body.put("modules", List.of(modules));
        }
        body.put("admin", Map.of("email", adminEmail(id), "firstName", "Ada", "lastName", "Admin " + id));
        return request().body(body).post("platform/tenants").then();
    }

    public static String adminEmail(String tenantId) {
        return "admin@" + tenantId + ".test";
    }

    /** Creates a tenant and returns a token of its first admin. */
    public Tenant newTenant(String prefix, Object... modules) {
        String id = newTenantId(prefix);
        createTenant(id, modules).statusCode(201);
        return new Tenant(id, tokenOf(adminEmail(id), "openid organization"));
    }

    /** Gives a Keycloak user (created by the platform) a known password and returns their token. */
    public static String tokenOf(String username, String scope) {
        KeycloakAdmin admin = KeycloakAdmin.shared();
        String userId = admin.findUserId(username).orElseThrow(() -> new AssertionError("No Keycloak user " + username));
        admin.setPassword(userId, PASSWORD, false);
        return Tokens.shared().passwordToken(username, PASSWORD, scope);
    }

    /**
     * Every row of a paged list, following {@code nextCursor} page by page ({@code limit} each), as the
     * given JSON path of each row ({@code items.id}, {@code items}).
     */
    public static <T> List<T> everyPage(java.util.function.Supplier<RequestSpecification> request, String path, int limit,
                                        String rows) {
        List<T> all = new java.util.ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification call = request.get().queryParam("limit", limit);
            var page = (cursor == null ? call : call.queryParam("cursor", cursor)).get(path).then().statusCode(200).extract();
            all.addAll(page.<List<T>>path(rows));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return all;
    }

    /** A tenant created for a test and its first admin's token. */
    public record Tenant(String id, String adminToken) {

        public String path(String rest) {
            return "t/" + id + "/" + rest;
        }
    }
}
