package org.consigna.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.testsupport.KeycloakAdmin;
import org.junit.jupiter.api.Test;

/** The refusals of issue 10 §4, one by one: each answers 400 (or 404) problem+json naming the field and changes nothing. */
class InputRefusalsIT extends IntegrationTest {

    private static final String PROBLEM = "application/problem+json";


    @Test
    void aNulInANestedNameIsRefusedNamingItsPathAndTheEventIsAllOrNothing() {
        InputFixture f = new InputFixture(api, "nul");
        TenantState state = new TenantState(f.tenant.id());
        String before = state.fingerprint();
        Map<String, Object> event = newEvent(f);
        event.put("newFacilityContact", Map.of("name", "Nurse\u0000Ratched"));
        f.admin().body(event).post(f.path("events")).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("newFacilityContact.name"));
        // A later refusal in the same request (an unknown surgeon) must undo the contact created before it.
        event.put("newFacilityContact", Map.of("name", "Nurse Ratched"));
        event.put("surgeonId", InputFixture.unknownId());
        f.admin().body(event).post(f.path("events")).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:consigna:problem:unknown-reference")).body("field", equalTo("surgeonId"));
        assertThat(state.fingerprint()).isEqualTo(before);
        event.put("surgeonId", f.surgeon);
        f.admin().body(event).post(f.path("events")).then().statusCode(201);
        assertThat(TenantState.count(f.tenant.id(), "facility_contact")).isEqualTo(2);
    }

    @Test
    void invitingAMemberWithANulInTheNameIs400AndCreatesNoAccount() {
        Api.Tenant tenant = api.newTenant("nulkc");
        String email = "nul@" + tenant.id() + ".test";
        api.as(tenant.adminToken()).body(Map.of("email", email, "firstName", "Nu\u0000l", "lastName", "Person", "role", "sales"))
                .post(tenant.path("members")).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("firstName")));
        assertThat(KeycloakAdmin.shared().findUserId(email)).isEmpty();
    }

    @Test
    void onlyOneJsonObjectIsAcceptedWhereAnObjectIsExpected() {
        Api.Tenant tenant = api.newTenant("strict");
        TenantState state = new TenantState(tenant.id());
        String before = state.fingerprint();
        for (String body : List.of("[{\"name\":\"Knees\"}]", "{\"name\":\"Knees\"}x", "{\"name\":\"Knees\"", "{\"name\":\"Knees\"} {}")) {
            api.as(tenant.adminToken()).body(body).post(tenant.path("inventory/product-lines")).then()
                    .statusCode(400).contentType(PROBLEM).body("type", equalTo("urn:consigna:problem:malformed-json"));
        }
        assertThat(state.fingerprint()).isEqualTo(before);
    }

    @Test
    void optionalBodiesAreReadAsStrictlyAsAnyOther() {
        InputFixture f = new InputFixture(api, "optbody");
        TenantState state = new TenantState(f.tenant.id());
        String before = state.fingerprint();
        for (String body : List.of("[]", "{}x", "{\"attributes\":{\"po\":\"1\"}", "{\"attributes\":[\"po\"]}",
                "{\"attributes\":{\"po\":\"\\u0000\"}}")) {
            f.admin().body(body).post(f.path("events/" + f.event + "/submit")).then().statusCode(400).contentType(PROBLEM);
        }
        f.admin().body("{\"note\":\"" + "n".repeat(1001) + "\"}").post(f.path("inventory/transfers/" + f.transfer + "/reject"))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("note")));
        assertThat(state.fingerprint()).isEqualTo(before);
    }

    @Test
    void numbersAndListsAreBoundedToWhatTheColumnsHold() {
        InputFixture f = new InputFixture(api, "bounds");
        TenantState state = new TenantState(f.tenant.id());
        String before = state.fingerprint();
        f.admin().body("{\"productLineId\":\"" + f.productLine + "\",\"catalogNumber\":\"C2\",\"description\":\"d\","
                        + "\"tracking\":\"lot\",\"singleUse\":true,\"listPrice\":9223372036854775808}")
                .post(f.path("inventory/items")).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("listPrice")));
        Map<String, Object> event = newEvent(f);
        event.put("productLineIds", Collections.nCopies(1001, f.productLine));
        f.admin().body(event).post(f.path("events")).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("productLineIds")));
        f.admin().body("{\"deviceId\":\"" + f.device + "\",\"quantity\":2147483648,\"usage\":\"used\"}")
                .post(f.path("events/" + f.event + "/lines")).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("quantity")));
        assertThat(state.fingerprint()).isEqualTo(before);
    }

    @Test
    void malformedValuesAndParametersAreNamedInPlainWords() {
        InputFixture f = new InputFixture(api, "forms");
        Map<String, Object> event = newEvent(f);
        event.put("date", "02/03/2026");
        f.admin().body(event).post(f.path("events")).then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("'date' must be a date as YYYY-MM-DD"));
        f.admin().get(f.path("events/facilities?includeInactive=abc")).then().statusCode(400).contentType(PROBLEM)
                .body("parameter", equalTo("includeInactive"));
        f.admin().get(f.path("events/facilities?includeInactive=TRUE")).then().statusCode(200);
        f.admin().get(f.path("sharing-links?includeRemoved=1")).then().statusCode(400).contentType(PROBLEM);
        f.admin().get(f.path("inventory/devices?includeDeactivated=maybe")).then().statusCode(400).contentType(PROBLEM)
                .body("parameter", equalTo("includeDeactivated"));
        f.admin().get(f.path("events/not-a-uuid")).then().statusCode(404).contentType(PROBLEM)
                .body("parameter", equalTo("id"));
        f.admin().get(f.path("events?type=not-a-uuid")).then().statusCode(400).contentType(PROBLEM)
                .body("parameter", equalTo("type"));
        f.admin().urlEncodingEnabled(false).get(f.path("events/facilities?q=a%00b")).then().statusCode(400).contentType(PROBLEM)
                .body("parameter", equalTo("q"));
        f.admin().urlEncodingEnabled(false).get(f.path("events/facilities/%01")).then().statusCode(400).contentType(PROBLEM)
                .body("parameter", equalTo("id"));
    }

    @Test
    void aTenantIdLikeSqlIsAnsweredWithProblemJsonAndIdsAreNeverRewritten() {
        api.request().body(Map.of("modules", List.of("events"))).post("platform/tenants/%27%20OR%201%3D1/modules")
                .then().statusCode(404).contentType(PROBLEM);
        api.request().get("platform/tenants/%27%20OR%201%3D1").then().statusCode(404).contentType(PROBLEM);
        String id = "pg_catalog";
        api.request().body(Map.of("id", id, "displayName", "Catalog")).post("platform/tenants").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("id")));
        api.request().get("platform/tenants/pg-catalog").then().statusCode(404);
        api.request().body(Map.of("id", "Upper-Case", "displayName", "Upper")).post("platform/tenants").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("id")));
    }

    @Test
    void theContainersOwnErrorsAreProblemJsonToo() {
        io.restassured.RestAssured.given().baseUri(deployment.toString()).get("no-such-page").then()
                .statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    private static Map<String, Object> newEvent(InputFixture f) {
        Map<String, Object> event = new HashMap<>(Map.of("typeId", f.caseType, "representativeId", f.sales,
                "name", "Case", "date", "2026-03-02", "facilityId", f.facility, "surgeonId", f.surgeon, "patientId", "P-1"));
        return event;
    }
}
