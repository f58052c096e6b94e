package org.consigna.server;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Map;
import java.util.UUID;

/** Calls the platform's API the way a client would. */
final class Api {

    private final String base;

    Api(URL deployment) {
        String url = deployment.toString();
        this.base = (url.endsWith("/") ? url : url + "/") + "api/";
    }

    RequestSpecification request() {
        return given().baseUri(base).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A fresh tenant id, so tests never share tenants. */
    static String newTenantId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    ValidatableResponse createTenant(String id, Object... modules) {
        return request().body(Map.of("id", id, "displayName", "Tenant " + id, "modules", java.util.List.of(modules)))
                .post("platform/tenants").then();
    }

    ValidatableResponse createTenant(String id) {
        return request().body(Map.of("id", id, "displayName", "Tenant " + id)).post("platform/tenants").then();
    }
}
