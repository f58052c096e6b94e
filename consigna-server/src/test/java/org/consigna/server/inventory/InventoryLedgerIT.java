package org.consigna.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.server.ConsignaWar.Extra.INVENTORY_PROBE;
import static org.consigna.server.inventory.InventoryFixtures.lines;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.server.DeployWith;
import org.consigna.server.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The api other modules call (consume, reactivate, facility changes, availability), and the
 * randomized check: many random operations, then current state must equal the fold of the ledger,
 * by the server's own check and by an independent replay of the ledger table in this test.
 */
@DeployWith(INVENTORY_PROBE)
class InventoryLedgerIT extends IntegrationTest {

    private String probe(InventoryFixtures f, String deviceId, String rest) {
        return f.tenant.path("inventory-probe/devices/" + deviceId + rest);
    }

    @Test
    void otherModulesConsumeReactivateAndSellToFacilitiesThroughTheApiOnly() {
        InventoryFixtures f = new InventoryFixtures(api, api.newTenant("api"));
        String line = f.productLine("Spine");
        String item = (String) f.item(line, "serial").get("id");
        String lotItem = (String) f.item(line, "lot").get("id");
        InventoryFixtures.Member rep = f.member("sales");
        InventoryFixtures.Member stranger = f.member("sales");
        List<String> ids = f.receiveSerials(rep.id(), item, "API-1", "API-2", "API-3", "API-4");
        String lot = f.receiveLot(rep.id(), lotItem, "API-L", 10);
        String event = UUID.randomUUID().toString();

        api.as(rep.token()).get(probe(f, ids.get(0), "/availability")).then().statusCode(200).body("reason", equalTo("AVAILABLE"));
        api.as(rep.token()).body(Map.of("quantity", 1, "eventId", event)).post(probe(f, ids.get(0), "/consume")).then()
                .statusCode(200).body("consumedId", equalTo(ids.get(0)));
        api.as(rep.token()).get(f.path("devices/" + ids.get(0))).then().body("status", equalTo("inactive"))
                .body("inactive.cause", equalTo("consumed"));
        f.transfer(rep.token(), stranger.id(), lines(ids.get(0))).statusCode(409).body("type", equalTo("urn:consigna:problem:device-inactive"));
        api.as(rep.token()).get(probe(f, ids.get(0), "/availability")).then().body("reason", equalTo("INACTIVE"));
        api.as(rep.token()).body(Map.of("quantity", 1, "eventId", event)).post(probe(f, ids.get(0), "/reactivate")).then()
                .statusCode(200).body("status", equalTo("active"));
        api.as(rep.token()).get(f.path("devices/" + ids.get(0) + "/history")).then()
                .body("items.type", equalTo(List.of("reactivated", "consumed", "received")))
                .body("items[1].source.type", equalTo("event")).body("items[1].source.id", equalTo(event)).body("items[1].balance", equalTo(3));

        api.as(rep.token()).body(Map.of("reason", "wrong item")).post(f.path("devices/" + ids.get(1) + "/deactivate")).then().statusCode(200);
        api.as(rep.token()).body(Map.of("quantity", 1, "eventId", event)).post(probe(f, ids.get(1), "/reactivate")).then()
                .statusCode(409).body("type", equalTo("urn:consigna:problem:not-reactivatable"))
                .body("detail", containsString("must be recreated"));
        f.receiveSerials(rep.id(), item, "API-2");

        String used = api.as(rep.token()).body(Map.of("quantity", 3, "eventId", event)).post(probe(f, lot, "/consume")).then()
                .statusCode(200).extract().path("consumedId");
        assertThat(used).isNotEqualTo(lot);
        assertThat(f.device(rep.token(), lot)).containsEntry("quantity", 7).containsEntry("status", "active");
        assertThat(f.device(rep.token(), used)).containsEntry("quantity", 3).containsEntry("status", "inactive");
        assertThat(f.onHand(rep.id(), lotItem)).isEqualTo(7);

        String facility = UUID.randomUUID().toString();
        api.as(rep.token()).body(Map.of("facilityId", facility, "orderId", "SO-1")).post(probe(f, ids.get(2), "/facility")).then()
                .statusCode(200).body("status", equalTo("facility_stock")).body("facilityId", equalTo(facility));
        api.as(rep.token()).queryParam("custodian", rep.id()).queryParam("item", item).get(f.path("on-hand")).then()
                .body("items[0].quantity", equalTo(3)).body("items[0].facilityStock", equalTo(1));
        f.transfer(rep.token(), stranger.id(), lines(ids.get(2))).statusCode(409)
                .body("type", equalTo("urn:consigna:problem:device-is-facility-stock"));
        api.as(rep.token()).queryParam("facility", facility).get(probe(f, ids.get(2), "/availability")).then().body("reason", equalTo("AVAILABLE"));
        api.as(rep.token()).queryParam("facility", UUID.randomUUID().toString()).get(probe(f, ids.get(2), "/availability")).then()
                .body("reason", equalTo("FACILITY_STOCK_OF_ANOTHER_FACILITY"));
        api.as(rep.token()).queryParam("facility", facility).get(f.path("devices")).then().body("items.id", equalTo(List.of(ids.get(2))));
        api.as(rep.token()).body(Map.of("reason", "lost", "lines", List.of(Map.of("deviceId", ids.get(2), "delta", -1))))
                .post(f.path("adjustments")).then().statusCode(201);

        f.transfer(rep.token(), stranger.id(), lines(ids.get(3))).statusCode(201);
        api.as(rep.token()).get(probe(f, ids.get(3), "/availability")).then().body("reason", equalTo("IN_PENDING_TRANSFER"));
        api.as(rep.token()).body(Map.of("quantity", 1, "eventId", event)).post(probe(f, ids.get(3), "/consume")).then()
                .statusCode(409).body("type", equalTo("urn:consigna:problem:device-in-pending-transfer"));
        api.as(stranger.token()).body(Map.of("quantity", 1, "eventId", event)).post(probe(f, ids.get(0), "/consume")).then()
                .statusCode(404).body("type", equalTo("urn:consigna:problem:device-not-found"));
        f.verifyConsistent();
        new LedgerReplayCheck(new InventoryDb(f.tenant.id())).assertStateEqualsFold();
    }

    @Test
    void afterManyRandomOperationsCurrentStateEqualsTheFoldOfTheLedger() throws Exception {
        InventoryFixtures f = new InventoryFixtures(api, api.newTenant("fold"));
        RandomInventoryWork work = new RandomInventoryWork(f, new java.util.Random());
        Map<Integer, Integer> statuses = work.run(300, 4);

        System.out.println("random inventory operations by status: " + statuses);
        assertThat(statuses.keySet()).allMatch(status -> status < 500);
        assertThat(statuses.getOrDefault(200, 0) + statuses.getOrDefault(201, 0)).isGreaterThan(60);
        Map<String, Object> report = f.verifyConsistent();
        assertThat(((Number) report.get("entries")).intValue()).isGreaterThan(50);
        LedgerReplayCheck replay = new LedgerReplayCheck(new InventoryDb(f.tenant.id()));
        replay.assertStateEqualsFold();
        Map<String, Integer> onHand = new HashMap<>();
        List<Map<String, Object>> rows = api.as(f.admin()).get(f.path("on-hand")).then().statusCode(200).extract().path("items");
        rows.stream().filter(r -> ((Number) r.get("quantity")).intValue() > 0).forEach(r -> onHand.put(
                ((Map<?, ?>) r.get("custodian")).get("id") + "|" + r.get("itemId"), ((Number) r.get("quantity")).intValue()));
        assertThat(onHand).isEqualTo(replay.consignedOnHand());
    }
}
