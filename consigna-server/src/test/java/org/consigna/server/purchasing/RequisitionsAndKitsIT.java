package org.consigna.server.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 §3 and §7: requisitions (a tenant switch) requested by a recipient, ordered by an admin split across
 * purchase orders and vendors with the remainder re-ordered, counted by replenishment while open; kits assigned to a
 * recipient arrive as their items, one ledger receipt per item.
 */
class RequisitionsAndKitsIT extends IntegrationTest {

    @Test
    void requisitionsAreOrderedInPartsAndCountedUntilOrdered() {
        Api.Tenant tenant = api.newTenant("purreq");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        String line = fx.productLine();
        String masks = fx.countedItem(line);
        String gowns = fx.countedItem(line);
        Member sam = fx.member("sales");
        Member sue = fx.member("sales");
        String usual = fx.vendor("Usual Supply", null);
        String other = fx.vendor("Other Supply", null);
        fx.supplies(usual, masks, "US-M", 0.5, true);
        fx.supplies(other, masks, "OS-M", 0.6, false);
        String template = fx.template("Rep");
        fx.templateLine(template, masks, null, 0, 0);
        fx.recipient(sam.id(), template);
        Map<String, Object> wanted = Map.of("recipientId", sam.id(), "lines", List.of(Map.of("itemId", masks, "quantity", 10),
                Map.of("itemId", gowns, "quantity", 4)));

        api.as(sam.token()).body(wanted).post(fx.purchasing("requisitions")).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:consigna:problem:requisitions-off"));
        api.as(fx.admin()).body(Map.of("expiryHorizonDays", 30, "requisitionsEnabled", true)).put(fx.purchasing("settings"))
                .then().statusCode(200).body("requisitionsEnabled", equalTo(true));
        api.as(sue.token()).body(wanted).post(fx.purchasing("requisitions")).then().statusCode(403);
        Map<String, Object> requisition = api.as(sam.token()).body(wanted).post(fx.purchasing("requisitions")).then()
                .statusCode(201).body("status", equalTo("open")).extract().as(Map.class);
        String id = (String) requisition.get("id");
        List<Map<String, Object>> lines = (List<Map<String, Object>>) requisition.get("lines");
        String masksLine = (String) lines.get(0).get("id");
        String gownsLine = (String) lines.get(1).get("id");
        assertThat(fx.line(sam.id(), masks)).containsEntry("requested", 10);

        order(fx, id, List.of(Map.of("lineId", masksLine, "quantity", 6), Map.of("lineId", gownsLine, "quantity", 4, "vendorId", other)))
                .statusCode(200).body("status", equalTo("partially-ordered")).body("purchaseOrderIds.size()", equalTo(2))
                .body("lines[0].remaining", equalTo(4));
        order(fx, id, List.of(Map.of("lineId", masksLine, "quantity", 5))).statusCode(409)
                .body("type", equalTo("urn:consigna:problem:over-order")).body("detail", containsString("4 of 10 left"));
        assertThat(fx.line(sam.id(), masks)).containsEntry("requested", 4).containsEntry("onOrder", 6);
        order(fx, id, List.of(Map.of("lineId", masksLine, "quantity", 4, "vendorId", other))).statusCode(200)
                .body("status", equalTo("ordered"));
        order(fx, id, List.of(Map.of("lineId", masksLine, "quantity", 1))).statusCode(409)
                .body("type", equalTo("urn:consigna:problem:requisition-closed"));
        assertThat(fx.line(sam.id(), masks)).containsEntry("requested", 0).containsEntry("onOrder", 10);
        List<Map<String, Object>> orders = api.as(fx.admin()).get(fx.purchasing("purchase-orders")).then().statusCode(200)
                .extract().path("items");
        assertThat(orders).extracting(o -> o.get("vendorName")).containsExactlyInAnyOrder("Usual Supply", "Other Supply", "Other Supply");
    }

    @Test
    void assigningKitsBreaksThemIntoTheirItems() {
        Api.Tenant tenant = api.newTenant("purkit");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        String line = fx.productLine();
        String bandage = fx.countedItem(line);
        String swab = fx.countedItem(line);
        String office = fx.office("Clinic office");
        fx.recipient(office, fx.template("Clinic"));
        String kit = (String) api.as(fx.admin()).body(Map.of("name", "Starter kit")).post(fx.purchasing("kits")).then()
                .statusCode(201).extract().path("id");
        api.as(fx.admin()).body(Map.of("recipientId", office, "kits", 1)).post(fx.purchasing("kits/" + kit + "/assignments"))
                .then().statusCode(409).body("type", equalTo("urn:consigna:problem:kit-empty"));
        api.as(fx.admin()).body(Map.of("quantity", 2)).put(fx.purchasing("kits/" + kit + "/items/" + bandage)).then().statusCode(200);
        api.as(fx.admin()).body(Map.of("quantity", 5)).put(fx.purchasing("kits/" + kit + "/items/" + swab)).then().statusCode(200);
        api.as(fx.admin()).body(Map.of("recipientId", office, "kits", 3)).post(fx.purchasing("kits/" + kit + "/assignments"))
                .then().statusCode(201).body("kits", equalTo(3));
        assertThat(fx.onHand(office, bandage)).isEqualTo(6);
        assertThat(fx.onHand(office, swab)).isEqualTo(15);
        api.as(fx.admin()).get(fx.purchasing("kits/" + kit)).then().statusCode(200).body("items.size()", equalTo(2));
        fx.verifyConsistent();
    }

    private static io.restassured.response.ValidatableResponse order(PurchasingFixtures fx, String requisition,
                                                                     List<Map<String, Object>> lines) {
        return fx.api.as(fx.admin()).body(Map.of("lines", lines)).post(fx.purchasing("requisitions/" + requisition + "/orders")).then();
    }
}
