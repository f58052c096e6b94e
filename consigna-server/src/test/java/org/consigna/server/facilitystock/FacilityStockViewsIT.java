package org.consigna.server.facilitystock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §3: facility stock per facility and item (on hand, par, below par, expiring 30/60/90, devices with links to
 * their history), inventory's device list by status facility-stock and facility with or without deactivated devices,
 * and the CSV export of the view.
 */
class FacilityStockViewsIT extends IntegrationTest {

    @Test
    void aFacilitysStockPerItemWithParExpiryAndDevicesAsJsonAndCsv() {
        Api.Tenant tenant = api.newTenant("fsview", "facility-stock");
        FacilityStockFixtures fx = new FacilityStockFixtures(api, tenant);
        Member sam = fx.member("sales");
        Member stranger = fx.member("sales");
        String line = fx.productLine();
        Map<String, Object> knee = fx.inventory.item(line, "serial");
        Map<String, Object> hip = fx.inventory.item(line, "serial");
        String kneeId = (String) knee.get("id");
        String hipId = (String) hip.get("id");
        String mercy = fx.facility("Mercy");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String soon = fx.expiring(sam.id(), kneeId, today.plusDays(20));
        String later = fx.expiring(sam.id(), kneeId, today.plusDays(50));
        String hipDevice = fx.device(sam.id(), hipId);
        fx.sell(sam.token(), sam.id(), mercy, List.of(soon, later, hipDevice));
        api.as(fx.admin()).body(Map.of("par", 3)).put(fx.path("facilities/" + mercy + "/par-levels/" + kneeId)).then()
                .statusCode(200).body("par", equalTo(3));

        Map<String, Object> view = api.as(sam.token()).get(fx.path("facilities/" + mercy + "/stock")).then()
                .statusCode(200).body("facilityName", equalTo("Mercy")).extract().as(Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) view.get("items");
        Map<String, Object> kneeLine = items.stream().filter(i -> kneeId.equals(i.get("itemId"))).findFirst().orElseThrow();
        assertThat(kneeLine).containsEntry("catalogNumber", knee.get("catalogNumber")).containsEntry("onHand", 2)
                .containsEntry("par", 3).containsEntry("belowPar", true)
                .containsEntry("expiring", Map.of("within30", 1, "within60", 1, "within90", 0));
        List<Map<String, Object>> kneeDevices = (List<Map<String, Object>>) kneeLine.get("devices");
        assertThat(kneeDevices).extracting(d -> d.get("id")).containsExactly(soon, later);
        Map<String, Object> hipLine = items.stream().filter(i -> hipId.equals(i.get("itemId"))).findFirst().orElseThrow();
        assertThat(hipLine).containsEntry("onHand", 1).containsEntry("belowPar", false);
        assertThat(hipLine.get("par")).isNull();

        String history = (String) kneeDevices.get(0).get("history");
        assertThat(history).isEqualTo("/api/t/" + tenant.id() + "/inventory/devices/" + soon + "/history");
        api.as(sam.token()).get(history.substring("/api/".length())).then().statusCode(200)
                .body("items[0].type", equalTo("facility_changed")).body("items[0].facilityId", equalTo(mercy));

        // someone outside the seller's custody scope sees none of it
        api.as(stranger.token()).get(fx.path("facilities/" + mercy + "/stock")).then().statusCode(200)
                .body("items.find { it.itemId == '" + kneeId + "' }.onHand", equalTo(0));
        api.as(sam.token()).get(fx.path("facilities/" + java.util.UUID.randomUUID() + "/stock")).then().statusCode(404)
                .contentType("application/problem+json");

        // CSV: one row per device, through the core's writer
        String csv = api.as(sam.token()).accept("text/csv").get(fx.path("facilities/" + mercy + "/stock/export")).then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).startsWith("facility_id,facility_name,item_id,catalog_number");
        assertThat(rows).hasSize(4).anySatisfy(r -> assertThat(r).contains(soon).contains("Mercy").contains(",2,3,true,1,1,0,"));

        // inventory's device list: status facility-stock, by facility, with or without the deactivated
        String kase = fx.caseAt(sam.token(), sam.id(), mercy);
        fx.mark(sam.token(), kase, soon, "used").statusCode(201);
        fx.submit(sam.token(), kase);
        String inventory = tenant.path("inventory/devices");
        List<String> active = api.as(sam.token()).queryParam("status", "facility-stock").queryParam("facility", mercy)
                .get(inventory).then().statusCode(200).extract().path("items.id");
        assertThat(active).containsExactlyInAnyOrder(later, hipDevice);
        List<String> all = api.as(sam.token()).queryParam("status", "facility-stock").queryParam("facility", mercy)
                .queryParam("includeDeactivated", "true").get(inventory).then().statusCode(200).extract().path("items.id");
        assertThat(all).containsExactlyInAnyOrder(soon, later, hipDevice);
        api.as(sam.token()).get(fx.path("facilities/" + mercy + "/stock")).then()
                .body("items.find { it.itemId == '" + kneeId + "' }.onHand", equalTo(1));
    }
}
