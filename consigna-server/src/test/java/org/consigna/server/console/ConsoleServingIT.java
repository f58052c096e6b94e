package org.consigna.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures;
import org.junit.jupiter.api.Test;

/**
 * The console is part of the war: served at /console with a strict Content-Security-Policy and no session,
 * its routes answered by its index page, its sign-in settings public, the caller's context per tenant,
 * and its API snapshot (from which its types are generated) equal to what the server describes.
 */
class ConsoleServingIT extends IntegrationTest {

    static final Path SNAPSHOT = Path.of("../console/src/api/openapi.json");

    private RequestSpecification web() {
        return RestAssured.given().baseUri(deployment.toString()).redirects().follow(false);
    }

    @Test
    void theConsoleIsServedWithAStrictPolicyAndNoSession() {
        Response index = web().get("console/");
        index.then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<div id=\"root\"></div>"))
                .header("Set-Cookie", nullValue())
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-cache"));
        String csp = index.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'", "script-src 'self';", "frame-ancestors 'none'", "object-src 'none'",
                "connect-src 'self' http://127.0.0.1:8180").doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");

        assertThat(index.asString()).as("the console's root under the context path")
                .contains("<head><base href=\"" + deployment.getPath() + "console/\">");
        Matcher script = Pattern.compile("src=\"\\./(assets/[^\"]+\\.js)\"").matcher(index.asString());
        assertThat(script.find()).as("index.html loads a built script").isTrue();
        web().get("console/" + script.group(1)).then().statusCode(200).contentType(containsString("javascript"))
                .header("Cache-Control", containsString("immutable"))
                .header("Content-Security-Policy", equalTo(csp)).header("Set-Cookie", nullValue());
    }

    @Test
    void everyConsoleRouteAnswersTheIndexPageButMissingAssetsStayMissing() {
        web().get("console").then().statusCode(301).header("Location", containsString("/console/"));
        for (String route : new String[] {"console/t/acme/inventory", "console/t/acme/inventory/5d1f0c1e-0000-4000-8000-000000000000",
                "console/operator/tenants", "console/index.html"}) {
            web().get(route).then().statusCode(200).contentType(containsString("text/html"))
                    .body(containsString("<div id=\"root\"></div>")).header("Content-Security-Policy", containsString("script-src 'self'"));
        }
        web().get("console/assets/no-such-file.js").then().statusCode(404).body(not(containsString("<div id=\"root\">")));
    }

    @Test
    void theSignInSettingsArePublic() {
        web().get("api/public/console-config").then().statusCode(200)
                .body("keycloakUrl", equalTo("http://127.0.0.1:8180"))
                .body("realm", equalTo("consigna"))
                .body("clientId", equalTo("consigna-console"));
    }

    @Test
    void theContextTellsTheCallersRoleAndTheTenantsModules() {
        Api.Tenant tenant = api.newTenant("console", "inventory");
        TenantFixtures f = new TenantFixtures(api, tenant);
        api.as(tenant.adminToken()).get(tenant.path("me/context")).then().statusCode(200)
                .body("tenant", equalTo(tenant.id())).body("role", equalTo("admin"))
                .body("modules", hasItem("inventory")).body("modules", not(hasItem("events")));
        TenantFixtures.Member sales = f.member("sales");
        api.as(sales.token()).get(tenant.path("me/context")).then().statusCode(200)
                .body("role", equalTo("sales")).body("memberId", equalTo(sales.id()));
        Api.Tenant other = api.newTenant("console-other");
        api.as(sales.token()).get(other.path("me/context")).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:consigna:problem:not-a-member"));
        api.anonymous().get(tenant.path("me/context")).then().statusCode(401);
    }

    /**
     * console/src/api/openapi.json is the snapshot the console's types are generated from (npm run openapi). When
     * the API changes, copy target/openapi.json over it and regenerate.
     */
    @Test
    void theConsolesApiSnapshotMatchesTheServer() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        String root = deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort();
        String served = RestAssured.given().baseUri(root).accept("application/json").get("/openapi").then().statusCode(200).extract().asString();
        JsonNode server = json.readTree(served);
        Files.writeString(Path.of("target/console-openapi.json"), json.writeValueAsString(json.treeToValue(server, Object.class)) + "\n");
        assertThat(Files.exists(SNAPSHOT)).as("snapshot " + SNAPSHOT).isTrue();
        JsonNode snapshot = json.readTree(Files.readString(SNAPSHOT));
        assertThat(snapshot.get("paths"))
                .as("console/src/api/openapi.json is out of date: copy consigna-server/target/console-openapi.json over it and run npm run openapi")
                .isEqualTo(server.get("paths"));
        assertThat(snapshot.get("components")).isEqualTo(server.get("components"));
    }
}
