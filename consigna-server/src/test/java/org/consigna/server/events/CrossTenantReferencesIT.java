package org.consigna.server.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.server.ConsignaWar.Extra.LOANER_BEHAVIOUR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.consigna.server.Api;
import org.consigna.server.DeployWith;
import org.consigna.server.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 §3: every id a write request refers to must be of the caller's tenant. Tenant B gets one
 * of every referenceable thing; tenant A's admin then sends, field by field, B's id and a random id
 * to every write operation: each is a 422 {@code unknown-reference} naming the field and the id, and
 * A's data is exactly as before.
 */
@DeployWith(LOANER_BEHAVIOUR)
class CrossTenantReferencesIT extends IntegrationTest {

    /** The ids of one tenant's things, each referenceable from a write request. */
    record Things(String productLine, String item, String facility, String contact, String secondContact, String surgeon,
                  String type, String rep, String distributor, String location, String device, String event) {
    }

    /** One write operation with one reference field set to the given id. */
    record Case(String operation, String field, String method, String path, Function<String, Map<String, Object>> body) {
    }

    @Test
    void everyReferenceOfEveryWriteMustBeOfTheCallersTenant() {
        Api.Tenant a = api.newTenant("xra");
        Api.Tenant b = api.newTenant("xrb");
        Things inA = things(a, "Alpha");
        Things inB = things(b, "Beta");

        List<Case> cases = cases(a, inA);
        Map<String, String> before = snapshot(a, inA);
        List<String> covered = new ArrayList<>();
        for (Case c : cases) {
            for (String foreign : List.of(idOf(inB, c.field()), UUID.randomUUID().toString())) {
                ValidatableResponse response = api.as(a.adminToken()).body(c.body().apply(foreign))
                        .request(c.method(), a.path(c.path())).then();
                response.statusCode(422).contentType("application/problem+json")
                        .body("type", equalTo("urn:consigna:problem:unknown-reference"))
                        .body("field", equalTo(c.field()))
                        .body("id", equalTo(foreign))
                        .body("detail", containsString(c.field()));
            }
            covered.add(c.operation() + " " + c.field());
        }
        assertThat(snapshot(a, inA)).as("nothing changed in A after refusing " + covered).isEqualTo(before);
        // A's own ids pass the same checks: the refusals above were about the ids, not the requests.
        api.as(a.adminToken()).body(eventBody(inA, Map.of("productLineIds", List.of(inA.productLine()))))
                .post(a.path("events")).then().statusCode(201).body("productLineIds", equalTo(List.of(inA.productLine())));
    }

    @Test
    void custodyAndEligibilityRefusalsNameTheDeviceAndCustodianAndCarryTheirIds() {
        Api.Tenant a = api.newTenant("xrc");
        Things t = things(a, "Gamma");
        String holder = api.as(a.adminToken()).body(Map.of("displayName", "Gulf Coast Distribution"))
                .post(a.path("custodians")).then().statusCode(201).extract().path("id");
        String serial = "SN-" + UUID.randomUUID().toString().substring(0, 8);
        String elsewhere = receive(a, holder, t.item(), serial);
        String catalogNumber = api.as(a.adminToken()).get(a.path("inventory/items/" + t.item())).then().statusCode(200)
                .extract().path("catalogNumber");

        api.as(a.adminToken()).body(Map.of("deviceId", elsewhere, "usage", "used"))
                .post(a.path("events/" + t.event() + "/lines")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:device-not-eligible"))
                .body("detail", equalTo("Gamma implant (" + catalogNumber + ") serial " + serial
                        + " is held by Gulf Coast Distribution: it is not in the custody of the event's representative,"
                        + " Rita Gamma, or of anyone they share inventory with"))
                .body("deviceId", equalTo(elsewhere)).body("custodianId", equalTo(holder))
                .body("representativeId", equalTo(t.rep()));

        // A rep receiving into someone else's custody: the custodian by name, the id beside it.
        String repToken = repToken(a, t);
        api.as(repToken).body(Map.of("custodianId", holder, "itemId", t.item(),
                        "lines", List.of(Map.of("serial", "SN-" + UUID.randomUUID().toString().substring(0, 8)))))
                .post(a.path("inventory/receipts")).then().statusCode(403)
                .body("type", equalTo("urn:consigna:problem:custody-forbidden"))
                .body("detail", equalTo("You may not act on inventory in the custody of Gulf Coast Distribution"))
                .body("custodianId", equalTo(holder));
    }

    private List<Case> cases(Api.Tenant a, Things t) {
        List<Case> cases = new ArrayList<>();
        // Events: create and change, every reference of the details.
        cases.add(new Case("POST events", "typeId", "POST", "events", id -> eventBody(t, Map.of("typeId", id))));
        cases.add(new Case("POST events", "representativeId", "POST", "events", id -> eventBody(t, Map.of("representativeId", id))));
        for (String verb : List.of("POST", "PUT")) {
            String path = verb.equals("POST") ? "events" : "events/" + t.event();
            String op = verb + " " + path.replace(t.event(), "{id}");
            boolean change = verb.equals("PUT");
            cases.add(new Case(op, "facilityId", verb, path, id -> eventBody(t, Map.of("facilityId", id), change)));
            cases.add(new Case(op, "facilityContactId", verb, path,
                    id -> eventBody(t, Map.of("facilityContactId", id), change)));
            cases.add(new Case(op, "surgeonId", verb, path, id -> eventBody(t, Map.of("surgeonId", id), change)));
            cases.add(new Case(op, "productLineIds[1]", verb, path,
                    id -> eventBody(t, Map.of("productLineIds", List.of(t.productLine(), id)), change)));
        }
        cases.add(new Case("POST events/{id}/lines", "deviceId", "POST", "events/" + t.event() + "/lines",
                id -> Map.of("deviceId", id, "usage", "used")));
        cases.add(new Case("PUT events/facilities/{id}/billing-contacts", "contactIds[1]", "PUT",
                "events/facilities/" + t.facility() + "/billing-contacts",
                id -> Map.of("contactIds", List.of(t.contact(), id))));
        // Inventory: catalog, receipts, transfers, adjustments.
        cases.add(new Case("POST inventory/items", "productLineId", "POST", "inventory/items", id -> itemBody(id)));
        cases.add(new Case("PUT inventory/items/{id}", "productLineId", "PUT", "inventory/items/" + t.item(), id -> itemBody(id)));
        cases.add(new Case("POST inventory/receipts", "custodianId", "POST", "inventory/receipts",
                id -> receiptBody(id, t.item(), null)));
        cases.add(new Case("POST inventory/receipts", "itemId", "POST", "inventory/receipts",
                id -> receiptBody(t.location(), id, null)));
        cases.add(new Case("POST inventory/receipts", "lines[0].itemId", "POST", "inventory/receipts",
                id -> receiptBody(t.location(), t.item(), id)));
        cases.add(new Case("POST inventory/transfers", "toCustodianId", "POST", "inventory/transfers",
                id -> Map.of("toCustodianId", id, "lines", List.of(Map.of("deviceId", t.device())))));
        cases.add(new Case("POST inventory/transfers", "lines[0].deviceId", "POST", "inventory/transfers",
                id -> Map.of("toCustodianId", t.location(), "lines", List.of(Map.of("deviceId", id)))));
        cases.add(new Case("POST inventory/adjustments", "lines[0].deviceId", "POST", "inventory/adjustments",
                id -> Map.of("reason", "found", "lines", List.of(Map.of("deviceId", id, "delta", 1)))));
        // Identity: sharing links.
        cases.add(new Case("POST sharing-links", "distributorId", "POST", "sharing-links",
                id -> Map.of("distributorId", id, "salesId", t.rep())));
        cases.add(new Case("POST sharing-links", "salesId", "POST", "sharing-links",
                id -> Map.of("distributorId", t.distributor(), "salesId", id)));
        return cases;
    }

    /** The other tenant's id of the kind a field holds. */
    private static String idOf(Things b, String field) {
        return switch (field) {
            case "typeId" -> b.type();
            case "representativeId", "salesId" -> b.rep();
            case "distributorId" -> b.distributor();
            case "custodianId" -> b.location();
            case "toCustodianId" -> b.rep();
            case "facilityId" -> b.facility();
            case "facilityContactId", "contactIds[1]" -> b.contact();
            case "surgeonId" -> b.surgeon();
            case "productLineIds[1]", "productLineId" -> b.productLine();
            case "itemId", "lines[0].itemId" -> b.item();
            case "deviceId", "lines[0].deviceId" -> b.device();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static Map<String, Object> eventBody(Things t, Map<String, Object> replaced) {
        return eventBody(t, replaced, false);
    }

    /** A valid new event (or change of one: no type, no representative) of A, with the given fields replaced. */
    private static Map<String, Object> eventBody(Things t, Map<String, Object> replaced, boolean change) {
        Map<String, Object> body = new HashMap<>();
        if (!change) {
            body.put("typeId", t.type());
            body.put("representativeId", t.rep());
        }
        body.put("name", "Cross-tenant case");
        body.put("date", "2026-03-02");
        body.put("facilityId", t.facility());
        body.put("facilityContactId", t.contact());
        body.put("surgeonId", t.surgeon());
        body.put("productLineIds", List.of(t.productLine()));
        body.put("patientId", "MRN-1001");
        body.putAll(replaced);
        return body;
    }

    private static Map<String, Object> itemBody(String productLineId) {
        return Map.of("productLineId", productLineId, "catalogNumber", "CAT-" + UUID.randomUUID().toString().substring(0, 8),
                "description", "Changed", "tracking", "serial", "singleUse", true);
    }

    private static Map<String, Object> receiptBody(String custodianId, String itemId, String lineItemId) {
        Map<String, Object> line = new HashMap<>();
        line.put("serial", "SN-" + UUID.randomUUID().toString().substring(0, 8));
        if (lineItemId != null) {
            line.put("itemId", lineItemId);
        }
        return Map.of("custodianId", custodianId, "itemId", itemId, "lines", List.of(line));
    }

    /** One of every referenceable thing in the tenant, plus an open event to change and mark devices in. */
    private Things things(Api.Tenant t, String name) {
        EventFixtures fx = new EventFixtures(api, t);
        String admin = t.adminToken();
        String line = fx.productLine();
        String item = api.as(admin).body(Map.of("productLineId", line, "catalogNumber",
                        "CAT-" + UUID.randomUUID().toString().substring(0, 8), "description", name + " implant",
                        "tracking", "serial", "singleUse", true))
                .post(t.path("inventory/items")).then().statusCode(201).extract().path("id");
        String facility = fx.facility(name + " General");
        String contact = contact(t, facility, "Accounts Payable");
        String secondContact = contact(t, facility, "Head Nurse");
        String surgeon = fx.surgeon(name);
        String rep = member(t, "Rita", name, "sales");
        String distributor = member(t, "Dan", name, "distributor");
        String location = api.as(admin).body(Map.of("name", name + " warehouse", "kind", "warehouse",
                        "address", Map.of("line1", "1 Dock Road", "city", "Memphis", "country", "US")))
                .post(t.path("inventory/locations")).then().statusCode(201).extract().path("id");
        String device = receive(t, rep, item, "SN-" + UUID.randomUUID().toString().substring(0, 8));
        String type = fx.caseType();
        Things things = new Things(line, item, facility, contact, secondContact, surgeon, type, rep, distributor, location,
                device, null);
        String event = fx.createEvent(admin, eventBody(things, Map.of()));
        return new Things(line, item, facility, contact, secondContact, surgeon, type, rep, distributor, location, device,
                event);
    }

    private String contact(Api.Tenant t, String facility, String name) {
        return api.as(t.adminToken()).body(Map.of("name", name, "email", "c" + UUID.randomUUID().toString().substring(0, 6) + "@x.test"))
                .post(t.path("events/facilities/" + facility + "/contacts")).then().statusCode(201).extract().path("id");
    }

    private String member(Api.Tenant t, String first, String last, String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + t.id() + ".test";
        return api.as(t.adminToken()).body(Map.of("email", email, "firstName", first, "lastName", last, "role", role))
                .post(t.path("members")).then().statusCode(201).extract().path("member.id");
    }

    private String repToken(Api.Tenant t, Things things) {
        String email = api.as(t.adminToken()).get(t.path("members/" + things.rep())).then().statusCode(200)
                .extract().path("email");
        return Api.tokenOf(email, "openid organization");
    }

    private String receive(Api.Tenant t, String custodian, String item, String serial) {
        List<String> ids = api.as(t.adminToken()).body(Map.of("custodianId", custodian, "itemId", item,
                        "lines", List.of(Map.of("serial", serial))))
                .post(t.path("inventory/receipts")).then().statusCode(201).extract().path("deviceIds");
        return ids.get(0);
    }

    /** What a user of the tenant sees of everything the refused requests could have changed. */
    private Map<String, String> snapshot(Api.Tenant t, Things things) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String path : List.of("events", "events/" + things.event(), "events/" + things.event() + "/history",
                "events/facilities/" + things.facility() + "/contacts?includeInactive=true", "events/facilities",
                "inventory/product-lines", "inventory/items", "inventory/devices", "inventory/transfers",
                "inventory/on-hand", "inventory/devices/" + things.device() + "/history", "sharing-links?includeRemoved=true")) {
            String[] parts = path.split("\\?");
            var request = api.as(t.adminToken());
            if (parts.length > 1) {
                String[] query = parts[1].split("=");
                request = request.queryParam(query[0], query[1]);
            }
            seen.put(path, request.get(t.path(parts[0])).then().statusCode(200).extract().asString());
        }
        return seen;
    }
}
