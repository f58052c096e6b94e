package org.consigna.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.inventory.domain.udi.Gtin;
import org.consigna.server.Api;
import org.consigna.server.TenantFixtures;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

/** The inventory layer of fixtures, through the public API: catalog, locations, devices, transfers. */
public class InventoryFixtures extends TenantFixtures {

    public static final String GS = "\u001d";

    public InventoryFixtures(Api api, Api.Tenant tenant) {
        super(api, tenant);
    }

    public String path(String rest) {
        return tenant.path("inventory/" + rest);
    }

    public String productLine(String name) {
        return api.as(admin()).body(Map.of("name", name)).post(path("product-lines")).then().statusCode(201).extract().path("id");
    }

    /** A product line with a fresh name. */
    public String productLine() {
        return productLine("Knees " + UUID.randomUUID().toString().substring(0, 4));
    }

    /** A single-use item with a fresh valid GTIN; tracking serial, lot or none. */
    public Map<String, Object> item(String lineId, String tracking) {
        return item(lineId, tracking, true);
    }

    public Map<String, Object> item(String lineId, String tracking, boolean singleUse) {
        String catalogNumber = "CAT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return api.as(admin()).body(Map.of("productLineId", lineId, "catalogNumber", catalogNumber,
                        "description", "Pedicle screw " + catalogNumber, "gtin", freshGtin(), "tracking", tracking,
                        "singleUse", singleUse, "listPrice", 125.50))
                .post(path("items")).then().statusCode(201).extract().as(Map.class);
    }

    public static String freshGtin() {
        String payload = String.format("%013d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000_000_000L));
        return payload + Gtin.checkDigit(payload);
    }

    public String location(String name) {
        return api.as(admin()).body(Map.of("name", name, "kind", "warehouse",
                        "address", Map.of("line1", "1 Dock Road", "city", "Memphis", "country", "US")))
                .post(path("locations")).then().statusCode(201).extract().path("id");
    }

    public ValidatableResponse receive(String token, String custodianId, String itemId, List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("custodianId", custodianId);
        body.put("itemId", itemId);
        body.put("reference", "PS-" + UUID.randomUUID().toString().substring(0, 6));
        body.put("lines", lines);
        return api.as(token).body(body).post(path("receipts")).then();
    }

    /** Receives serialized devices as admin; returns their ids in order. */
    public List<String> receiveSerials(String custodianId, String itemId, String... serials) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String serial : serials) {
            lines.add(Map.of("serial", serial));
        }
        return receive(admin(), custodianId, itemId, lines).statusCode(201).extract().path("deviceIds");
    }

    public String receiveLot(String custodianId, String itemId, String lot, int quantity) {
        List<String> ids = receive(admin(), custodianId, itemId, List.of(Map.of("lot", lot, "quantity", quantity, "expiry", "2030-01-31")))
                .statusCode(201).extract().path("deviceIds");
        return ids.get(0);
    }

    public Map<String, Object> device(String token, String id) {
        return api.as(token).get(path("devices/" + id)).then().statusCode(200).extract().as(Map.class);
    }

    public String statusOf(String deviceId) {
        return (String) device(admin(), deviceId).get("status");
    }

    public ValidatableResponse transfer(String token, String toId, List<Map<String, Object>> lines) {
        return api.as(token).body(Map.of("toCustodianId", toId, "lines", lines)).post(path("transfers")).then();
    }

    /** A JSON number equal to the given integer, whether the client parsed it as an Integer or a Long. */
    public static Matcher<Object> number(long expected) {
        return new CustomTypeSafeMatcher<>("the number " + expected) {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number n && n.doubleValue() == expected;
            }
        };
    }

    public static List<Integer> ints(List<? extends Number> numbers) {
        return numbers.stream().map(Number::intValue).toList();
    }

    public static List<Map<String, Object>> lines(String... deviceIds) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String id : deviceIds) {
            lines.add(Map.of("deviceId", id));
        }
        return lines;
    }

    /** On-hand of a custodian for an item (consigned stock), through the API. */
    public int onHand(String custodianId, String itemId) {
        List<Integer> quantities = api.as(admin()).queryParam("custodian", custodianId).queryParam("item", itemId)
                .get(path("on-hand")).then().statusCode(200).extract().path("items.quantity");
        return quantities.stream().mapToInt(Integer::intValue).sum();
    }

    /** The ledger check finds current state equal to the fold of the ledger. */
    public Map<String, Object> verifyConsistent() {
        Map<String, Object> report = api.as(admin()).get(path("ledger/verify")).then().statusCode(200).extract().as(Map.class);
        assertThat(report.get("differences")).as("differences reported by the ledger check").isEqualTo(List.of());
        assertThat(report.get("consistent")).isEqualTo(true);
        return report;
    }
}
