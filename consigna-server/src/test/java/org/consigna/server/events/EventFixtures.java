package org.consigna.server.events;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.server.Api;
import org.consigna.server.TenantFixtures;
import org.consigna.server.inventory.InventoryFixtures;

/**
 * The events layer of fixtures, through the public API: facilities and surgeons, event types, events. The
 * devices an event needs come from {@link #inventory}; the shortcuts below name them the way event tests do.
 */
public class EventFixtures extends TenantFixtures {

    public final InventoryFixtures inventory;

    public EventFixtures(Api api, Api.Tenant tenant) {
        super(api, tenant);
        this.inventory = new InventoryFixtures(api, tenant);
    }

    public String facility(String name) {
        return api.as(admin()).body(Map.of("name", name, "city", "Springfield"))
                .post(tenant.path("events/facilities")).then().statusCode(201).extract().path("id");
    }

    public String surgeon(String lastName) {
        return api.as(admin()).body(Map.of("firstName", "Grey", "lastName", lastName))
                .post(tenant.path("events/surgeons")).then().statusCode(201).extract().path("id");
    }

    public String caseType() {
        List<String> ids = api.as(admin()).get(tenant.path("events/types")).then().statusCode(200)
                .extract().path("items.findAll { it.behaviour == 'case' }.id");
        return ids.get(0);
    }

    public String productLine() {
        return inventory.productLine();
    }

    /** A serial-tracked catalog item. */
    public String item(String productLine, boolean singleUse) {
        return (String) inventory.item(productLine, "serial", singleUse).get("id");
    }

    /** Receives one serialized device of the item into the custodian's inventory; returns its id. */
    public String device(String custodianId, String itemId) {
        return inventory.receiveSerials(custodianId, itemId, "SN-" + UUID.randomUUID().toString().substring(0, 10)).get(0);
    }

    public String statusOf(String deviceId) {
        return inventory.statusOf(deviceId);
    }

    /** Adds a device to an event; returns the response for the test to check. */
    public ValidatableResponse mark(String token, String eventId, String deviceId, String usage) {
        return api.as(token).body(Map.of("deviceId", deviceId, "usage", usage))
                .post(tenant.path("events/" + eventId + "/lines")).then();
    }

    /** The body of a new event; tests change what they need. */
    public Map<String, Object> newEvent(String typeId, String representativeId, String facilityId, String surgeonId,
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

    public String createEvent(String token, Map<String, Object> body) {
        return api.as(token).body(body).post(tenant.path("events")).then().statusCode(201).extract().path("id");
    }
}
