package org.consigna.server.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.server.Api;

/** Builds what event tests need through the public API: members, facilities and surgeons, events. */
final class EventFixtures {

    private final Api api;
    private final Api.Tenant tenant;

    EventFixtures(Api api, Api.Tenant tenant) {
        this.api = api;
        this.tenant = tenant;
    }

    /** A member who signs in, with their token. */
    record Member(String id, String email, String token) {
    }

    Member member(String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + tenant.id() + ".test";
        String id = api.as(tenant.adminToken())
                .body(Map.of("email", email, "firstName", "Test", "lastName", role, "role", role))
                .post(tenant.path("members")).then().statusCode(201).extract().path("member.id");
        return new Member(id, email, Api.tokenOf(email, "openid organization"));
    }

    void link(Member distributor, Member sales) {
        api.as(tenant.adminToken()).body(Map.of("distributorId", distributor.id(), "salesId", sales.id()))
                .post(tenant.path("sharing-links")).then().statusCode(201);
    }

    String facility(String name) {
        return api.as(tenant.adminToken()).body(Map.of("name", name, "city", "Springfield"))
                .post(tenant.path("events/facilities")).then().statusCode(201).extract().path("id");
    }

    String surgeon(String lastName) {
        return api.as(tenant.adminToken()).body(Map.of("firstName", "Grey", "lastName", lastName))
                .post(tenant.path("events/surgeons")).then().statusCode(201).extract().path("id");
    }

    String caseType() {
        List<String> ids = api.as(tenant.adminToken()).get(tenant.path("events/types")).then().statusCode(200)
                .extract().path("items.findAll { it.behaviour == 'case' }.id");
        return ids.get(0);
    }

    String productLine() {
        return api.as(tenant.adminToken()).body(Map.of("name", "Knees " + UUID.randomUUID().toString().substring(0, 4)))
                .post(tenant.path("inventory/product-lines")).then().statusCode(201).extract().path("id");
    }

    /** A serial-tracked catalog item. */
    String item(String productLine, boolean singleUse) {
        return api.as(tenant.adminToken()).body(Map.of("productLineId", productLine, "catalogNumber",
                        "CAT-" + UUID.randomUUID().toString().substring(0, 8), "description", singleUse ? "Implant" : "Instrument",
                        "tracking", "serial", "singleUse", singleUse))
                .post(tenant.path("inventory/items")).then().statusCode(201).extract().path("id");
    }

    /** Receives one serialized device of the item into the custodian's inventory; returns its id. */
    String device(String custodianId, String itemId) {
        List<String> ids = api.as(tenant.adminToken()).body(Map.of("custodianId", custodianId, "itemId", itemId,
                        "lines", List.of(Map.of("serial", "SN-" + UUID.randomUUID().toString().substring(0, 10)))))
                .post(tenant.path("inventory/receipts")).then().statusCode(201).extract().path("deviceIds");
        return ids.get(0);
    }

    String statusOf(String deviceId) {
        return api.as(tenant.adminToken()).get(tenant.path("inventory/devices/" + deviceId)).then().statusCode(200)
                .extract().path("status");
    }

    /** Adds a device to an event; returns the response for the test to check. */
    io.restassured.response.ValidatableResponse mark(String token, String eventId, String deviceId, String usage) {
        return api.as(token).body(Map.of("deviceId", deviceId, "usage", usage))
                .post(tenant.path("events/" + eventId + "/lines")).then();
    }

    /** The body of a new event; tests change what they need. */
    Map<String, Object> newEvent(String typeId, String representativeId, String facilityId, String surgeonId,
                                 String patientId) {
        Map<String, Object> body = new HashMap<>();
        body.put("typeId", typeId);
        body.put("representativeId", representativeId);
        body.put("name", "Case " + UUID.randomUUID().toString().substring(0, 4));
        body.put("date", LocalDate.of(2026, 3, 2).toString());
        body.put("facilityId", facilityId);
        if (surgeonId != null) {
            body.put("surgeonId", surgeonId);
        }
        if (patientId != null) {
            body.put("patientId", patientId);
        }
        return body;
    }

    String createEvent(String token, Map<String, Object> body) {
        return api.as(token).body(body).post(tenant.path("events")).then().statusCode(201).extract().path("id");
    }
}
