package org.consigna.server.facilitystock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §4: facility stock is adjusted (found, lost, damaged) with a reason through inventory's adjustments; each
 * is a ledger entry on the facility-stock account, and the facility-stock view follows it.
 */
class FacilityStockAdjustmentsIT extends IntegrationTest {

    @Test
    void facilityStockIsAdjustedWithAReasonAsALedgerEntry() {
        Api.Tenant tenant = api.newTenant("fsadjust", "facility-stock");
        FacilityStockFixtures fx = new FacilityStockFixtures(api, tenant);
        Member sam = fx.member("sales");
        Member stranger = fx.member("sales");
        String line = fx.productLine();
        String lotItem = (String) fx.inventory.item(line, "lot").get("id");
        String serialItem = fx.item(line, true);
        String mercy = fx.facility("Mercy");
        String lot = fx.inventory.receiveLot(sam.id(), lotItem, "L-77", 10);
        String serial = fx.device(sam.id(), serialItem);
        fx.sell(sam.token(), sam.id(), mercy, List.of(lot, serial));

        // someone else's facility stock is not even visible to a stranger: an unknown reference, nothing changes
        api.as(stranger.token()).body(adjustment("damaged", "crushed box", lot, -2)).post(tenant.path("inventory/adjustments"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:unknown-reference"));
        api.as(sam.token()).body(adjustment("damaged", "crushed box", lot, -2)).post(tenant.path("inventory/adjustments"))
                .then().statusCode(201).body("reason", equalTo("damaged"))
                .body("devices[0].quantity", equalTo(8)).body("devices[0].status", equalTo("facility_stock"))
                .body("devices[0].facilityId", equalTo(mercy));
        api.as(sam.token()).get(tenant.path("inventory/devices/" + lot + "/history")).then().statusCode(200)
                .body("items[0].type", equalTo("adjusted")).body("items[0].quantity", equalTo(-2))
                .body("items[0].facilityId", equalTo(mercy)).body("items[0].balance", equalTo(8))
                .body("items[0].reason", equalTo("damaged: crushed box"));

        api.as(sam.token()).body(adjustment("found", "back shelf", lot, 1)).post(tenant.path("inventory/adjustments"))
                .then().statusCode(201).body("devices[0].quantity", equalTo(9));
        api.as(sam.token()).body(adjustment("lost", null, serial, -1)).post(tenant.path("inventory/adjustments"))
                .then().statusCode(201).body("devices[0].quantity", equalTo(0));
        api.as(sam.token()).body(adjustment("lost", null, lot, 2)).post(tenant.path("inventory/adjustments"))
                .then().statusCode(400).contentType("application/problem+json");

        api.as(sam.token()).get(fx.path("facilities/" + mercy + "/stock")).then().statusCode(200)
                .body("items.find { it.itemId == '" + lotItem + "' }.onHand", equalTo(9))
                .body("items.find { it.itemId == '" + serialItem + "' }", equalTo(null));
        assertThat(fx.inventory.device(sam.token(), lot).get("status")).isEqualTo("facility_stock");
        fx.inventory.verifyConsistent();
    }

    private static Map<String, Object> adjustment(String reason, String note, String deviceId, int delta) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("reason", reason,
                "lines", List.of(Map.of("deviceId", deviceId, "delta", delta))));
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }
}
