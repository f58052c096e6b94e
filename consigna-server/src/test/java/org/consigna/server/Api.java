package org.consigna.server;

import io.restassured.response.ValidatableResponse;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.testsupport.ApiClient;
import org.consigna.testsupport.TestUsers;

/** The platform's API as a client calls it, with real Keycloak tokens; adds tenants to the generic {@link ApiClient}. */
public final class Api extends ApiClient {

    /** Password the tests give the users they create. */
    public static final String PASSWORD = TestUsers.PASSWORD;

    public Api(URL deployment) {
        super(deployment);
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
        return TestUsers.token(username, scope);
    }

    /** A tenant created for a test and its first admin's token. */
    public record Tenant(String id, String adminToken) {

        public String path(String rest) {
            return "t/" + id + "/" + rest;
        }
    }
}
