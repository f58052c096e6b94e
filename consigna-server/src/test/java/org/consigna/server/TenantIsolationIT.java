package org.consigna.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Tenants never see each other's data, and every refusal is problem+json, never a 500. */
class TenantIsolationIT extends IntegrationTest {

    /**
     * Three tenants share one EntityManagerFactory and one pool of connections, each transaction's connection
     * pointed at its tenant's schema: with the same primary keys written and read by eight threads at once, the
     * connections pass from tenant to tenant, and still no read ever sees another tenant's row.
     */
    @Test
    void theSamePrimaryKeyInThreeTenantsNeverCrossesUnderParallelInterleavedRequests() throws Exception {
        List<Api.Tenant> all = List.of(api.newTenant("iso-a"), api.newTenant("iso-b"), api.newTenant("iso-c"));
        Map<String, String> tokens = new java.util.HashMap<>();
        all.forEach(t -> tokens.put(t.id(), t.adminToken()));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> work = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                for (String tenant : tokens.keySet()) {
                    long id = round % 5 + 1;
                    String text = tenant + "#" + round;
                    work.add(() -> {
                        api.as(tokens.get(tenant)).body(Map.of("text", text)).put("t/" + tenant + "/probe/notes/" + id).then().statusCode(200);
                        String read = api.as(tokens.get(tenant)).get("t/" + tenant + "/probe/notes/" + id).then().statusCode(200)
                                .extract().path("text");
                        return tenant + "|" + read;
                    });
                }
            }
            for (Future<String> result : pool.invokeAll(work)) {
                String[] parts = result.get().split("\\|");
                assertThat(parts[1]).as("a read in tenant %s", parts[0]).startsWith(parts[0] + "#");
            }
        } finally {
            pool.shutdown();
        }
        for (Api.Tenant tenant : all) {
            List<String> texts = api.as(tenant.adminToken()).get("t/" + tenant.id() + "/probe/notes").then().statusCode(200)
                    .extract().path("text");
            assertThat(texts).as("notes of %s", tenant.id()).hasSize(5).allMatch(t -> t.startsWith(tenant.id() + "#"));
        }
    }

    @Test
    void healthIncludesTheDatabaseAndOpenApiListsEveryModulesResources() {
        String root = deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort();
        io.restassured.RestAssured.given().baseUri(root).get("/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
        String openapi = io.restassured.RestAssured.given().baseUri(root).get("/openapi").then().statusCode(200)
                .extract().asString();
        assertThat(openapi).contains("/platform/tenants", "/probe/notes", "/settings");
        io.restassured.RestAssured.given().baseUri(root).get("/metrics").then().statusCode(200);
    }

    @Test
    void tenantDataWithoutATenantFailsLoudlyAndNeverFallsBackToAnotherSchema() {
        api.newTenant("notenant");
        api.request().get("probe/untenanted-notes").then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:no-tenant"))
                .body("detail", containsString("No tenant is set"));
    }

    @Test
    void anUnknownTenantIsRefused() {
        api.request().get("t/no-such-tenant/probe/notes").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:tenant-not-found"))
                .body("detail", containsString("no-such-tenant"));
    }

    @Test
    void malformedJsonWrongTypesAndMissingFieldsAre400ProblemsThatChangeNothing() {
        Api.Tenant tenant = api.newTenant("bad");
        String notes = tenant.path("probe/notes");
        String token = tenant.adminToken();

        api.as(token).body("{\"id\": 7, \"text\": ").post(notes).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:malformed-json"))
                .body("status", equalTo(400))
                .body("detail", not(containsString("Exception")));
        api.as(token).body("{\"id\": \"seven\", \"text\": \"x\"}").post(notes).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:validation"))
                .body("errors.field", hasItem("id"));
        api.as(token).body("{\"text\": \"\"}").post(notes).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:validation"))
                .body("errors.field", hasItem("id"))
                .body("errors.field", hasItem("text"));
        api.as(token).post(notes).then().statusCode(400).contentType("application/problem+json");
        api.as(token).get(notes).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aDuplicateKeyIsAConflictAndUnknownPathsAndMethodsAreProblems() {
        Api.Tenant tenant = api.newTenant("dupkey");
        String notes = tenant.path("probe/notes");
        String token = tenant.adminToken();
        api.as(token).body(Map.of("id", 9, "text", "first")).post(notes).then().statusCode(200);
        api.as(token).body(Map.of("id", 9, "text", "second")).post(notes).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:duplicate"))
                .body("trace", nullValue());
        api.as(token).get(notes + "/9").then().body("text", equalTo("first"));
        api.as(token).get(notes + "/404404").then().statusCode(404).contentType("application/problem+json");
        api.as(token).get("no/such/path").then().statusCode(404).contentType("application/problem+json");
        api.as(token).delete(notes + "/9").then().statusCode(405).contentType("application/problem+json");
    }
}
