package org.consigna.server.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.server.ConsignaWar.Extra.VENDOR_CONNECTOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.DeployWith;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 §4–6: replenishment computed live, every term explained with its documents, expiring units not on hand,
 * vendors resolved override → template → item; saving makes one purchase order per vendor, never twice for one need;
 * a saved order is received in parts (over-receipt refused) through the ledger, or cancelled; never edited.
 */
@DeployWith(VENDOR_CONNECTOR)
class ReplenishmentIT extends IntegrationTest {

    @Test
    void replenishmentExplainsEachTermAndOrdersEachNeedOnce() {
        Api.Tenant tenant = api.newTenant("pur");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        String line = fx.productLine("Office supplies");
        String gloves = fx.countedItem(line);
        String saline = (String) fx.item(line, "lot").get("id");
        String office = fx.office("Front office");
        Member sam = fx.member("sales");
        String acme = fx.vendor("Acme Medical", null);
        String edi = fx.vendor("Bulk Supply", "test-edi");
        fx.supplies(acme, gloves, "AC-GL-100", 4.25, true);
        fx.supplies(edi, saline, "BS-SAL-9", 12.00, false);
        String standard = fx.template("Standard office");
        fx.templateLine(standard, gloves, null, 5, 20);
        fx.templateLine(standard, saline, edi, 2, 10);
        fx.recipient(office, standard);
        fx.recipient(sam.id(), standard);
        api.as(fx.admin()).body(Map.of("min", 1, "base", 4)).put(fx.purchasing("recipients/" + sam.id() + "/overrides/" + gloves))
                .then().statusCode(200).body("min", equalTo(1));

        // The office holds 3 gloves, 2 more are on their way from Sam; 5 saline expire within the 30-day horizon.
        fx.receive(fx.admin(), office, gloves, List.of(Map.of("quantity", 3))).statusCode(201);
        List<String> samsGloves = fx.receive(fx.admin(), sam.id(), gloves, List.of(Map.of("quantity", 4))).statusCode(201)
                .extract().path("deviceIds");
        String transfer = fx.transfer(fx.admin(), office, List.of(Map.of("deviceId", samsGloves.get(0), "quantity", 2)))
                .statusCode(201).extract().path("id");
        LocalDate soon = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        fx.receive(fx.admin(), office, saline, List.of(Map.of("lot", "SAL-1", "quantity", 5, "expiry", soon.toString())))
                .statusCode(201);

        Map<String, Object> officeGloves = fx.line(office, gloves);
        assertThat(officeGloves).containsEntry("onHand", 3).containsEntry("transfersIn", 2).containsEntry("belowMinimum", true)
                .containsEntry("suggested", 15).containsEntry("vendorId", acme).containsEntry("vendorSource", "item")
                .containsEntry("partNumber", "AC-GL-100");
        assertThat((List<String>) officeGloves.get("explanation")).contains(
                "2 in transit to the recipient: transfer " + transfer.substring(0, 8),
                "suggested 15 = 20 - (3 + 2 - 0 + 0 + 0)");
        Map<String, Object> officeSaline = fx.line(office, saline);
        assertThat(officeSaline).containsEntry("onHand", 5).containsEntry("expiring", 5).containsEntry("counted", 0)
                .containsEntry("suggested", 10).containsEntry("vendorId", edi).containsEntry("vendorSource", "template");
        assertThat((List<String>) officeSaline.get("explanation")).first().asString()
                .contains("of which 5 expire by").contains("not counted");
        Map<String, Object> samGloves = fx.line(sam.id(), gloves);
        assertThat(samGloves).containsEntry("min", 1).containsEntry("base", 4).containsEntry("onHand", 4)
                .containsEntry("transfersOut", 2).containsEntry("belowMinimum", false).containsEntry("suggested", 0);
        List<String> suggested = api.as(fx.admin()).get(fx.purchasing("replenishment")).then().statusCode(200)
                .extract().path("lines.itemId");
        assertThat(suggested).hasSize(3).doesNotContain((String) null); // office gloves and saline, Sam's saline (none held)

        // Saving: one order per vendor; the connector's vendor has it sent and keeps its reference.
        List<Map<String, Object>> orders = fx.order(fx.admin(), office, gloves, saline).statusCode(201).extract().path("$");
        assertThat(orders).extracting(o -> o.get("vendorName")).containsExactlyInAnyOrder("Acme Medical", "Bulk Supply");
        Map<String, Object> ediOrder = orders.stream().filter(o -> edi.equals(o.get("vendorId"))).findFirst().orElseThrow();
        assertThat(ediOrder).containsEntry("submittedTo", "test-edi")
                .containsEntry("vendorReference", "EDI-" + ediOrder.get("number") + "-1x10");
        String acmeOrder = (String) orders.stream().filter(o -> acme.equals(o.get("vendorId"))).findFirst().orElseThrow().get("id");

        // Running it again: the need is on order, nothing to order, nothing saved.
        assertThat(fx.line(office, gloves)).containsEntry("onOrder", 15).containsEntry("suggested", 0);
        fx.order(fx.admin(), office, gloves).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:nothing-to-order"))
                .body("detail", containsString("15 on order, not yet received: purchase-order #"));
        api.as(fx.admin()).get(fx.purchasing("purchase-orders")).then().statusCode(200).body("items.size()", equalTo(2));

        // Receiving in parts; more than the remainder is refused and changes nothing.
        Map<String, Object> order = fx.purchaseOrder(acmeOrder);
        String orderLine = (String) ((List<Map<String, Object>>) order.get("lines")).get(0).get("id");
        receive(fx, acmeOrder, orderLine, 10).statusCode(200).body("status", equalTo("partially-received"))
                .body("lines[0].remaining", equalTo(5));
        assertThat(fx.onHand(office, gloves)).isEqualTo(13);
        receive(fx, acmeOrder, orderLine, 6).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:over-receipt")).body("remaining", equalTo(5));
        assertThat(fx.onHand(office, gloves)).isEqualTo(13);
        assertThat(fx.purchaseOrder(acmeOrder).get("receipts")).asList().hasSize(1);
        receive(fx, acmeOrder, orderLine, 5).statusCode(200).body("status", equalTo("received"));
        assertThat(fx.onHand(office, gloves)).isEqualTo(18);
        api.as(fx.admin()).body(Map.of("reason", "too late")).post(fx.purchasing("purchase-orders/" + acmeOrder + "/cancel"))
                .then().statusCode(409).body("type", equalTo("urn:consigna:problem:purchase-order-closed"));
        api.as(fx.admin()).body(Map.of("vendorId", edi)).put(fx.purchasing("purchase-orders/" + acmeOrder))
                .then().statusCode(405).contentType("application/problem+json");

        // A lot-tracked item is received with its lot; the saved order is cancelled with a reason.
        String ediOrderId = (String) ediOrder.get("id");
        String salineLine = (String) ((List<Map<String, Object>>) fx.purchaseOrder(ediOrderId).get("lines")).get(0).get("id");
        receive(fx, ediOrderId, salineLine, 4).statusCode(400).body("type", equalTo("urn:consigna:problem:lot-required"));
        api.as(fx.admin()).body(Map.of("reason", "Vendor out of stock")).post(fx.purchasing("purchase-orders/" + ediOrderId + "/cancel"))
                .then().statusCode(200).body("status", equalTo("cancelled")).body("cancelReason", equalTo("Vendor out of stock"));
        assertThat(fx.line(office, saline)).containsEntry("onOrder", 0).containsEntry("suggested", 10);

        String csv = api.as(fx.admin()).accept("text/csv").get(fx.purchasing("purchase-orders/" + acmeOrder + "/export")).then().statusCode(200)
                .extract().asString();
        assertThat(csv).startsWith("po_number,line,part_number").contains("AC-GL-100");
        fx.verifyConsistent();
    }

    @Test
    void refusalsNameTheRuleAndChangeNothing() {
        Api.Tenant tenant = api.newTenant("purref");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        Api.Tenant other = api.newTenant("purother");
        PurchasingFixtures ofx = new PurchasingFixtures(api, other);
        String theirItem = ofx.countedItem(ofx.productLine());
        String item = fx.countedItem(fx.productLine());
        String office = fx.office("Back office");
        String template = fx.template("Lean");
        Member rep = fx.member("sales");

        api.as(fx.admin()).body(Map.of("min", 1, "base", 3)).put(fx.purchasing("templates/" + template + "/lines/" + theirItem))
                .then().statusCode(422).body("type", equalTo("urn:consigna:problem:unknown-reference"));
        api.as(fx.admin()).body(Map.of("min", 4, "base", 3)).put(fx.purchasing("templates/" + template + "/lines/" + item))
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("min <= base"));
        api.as(fx.admin()).body(Map.of("name", "Ghost", "connector", "fax-machine")).post(fx.purchasing("vendors"))
                .then().statusCode(400).body("type", equalTo("urn:consigna:problem:unknown-connector"));
        api.as(fx.admin()).body(Map.of("templateId", template)).put(fx.purchasing("recipients/" + theirItem))
                .then().statusCode(422).body("type", equalTo("urn:consigna:problem:unknown-reference"));
        api.as(rep.token()).get(fx.purchasing("replenishment")).then().statusCode(403).contentType("application/problem+json");

        fx.templateLine(template, item, null, 2, 6);
        fx.recipient(office, template);
        fx.order(fx.admin(), office, item).statusCode(422).body("type", equalTo("urn:consigna:problem:no-vendor"));
        String offline = fx.vendor("Offline Vendor", "test-edi");
        fx.supplies(offline, item, "OFF-1", 1.0, true);
        fx.order(fx.admin(), office, item).statusCode(502).body("type", equalTo("urn:consigna:problem:vendor-connector-failed"));
        api.as(fx.admin()).get(fx.purchasing("purchase-orders")).then().statusCode(200).body("items.size()", equalTo(0));
        assertThat(fx.line(office, item)).containsEntry("onOrder", 0).containsEntry("suggested", 6);
    }

    private static io.restassured.response.ValidatableResponse receive(PurchasingFixtures fx, String orderId, String lineId, int quantity) {
        return fx.api.as(fx.admin()).body(Map.of("lines", List.of(Map.of("lineId", lineId, "quantity", quantity))))
                .post(fx.purchasing("purchase-orders/" + orderId + "/receipts")).then();
    }
}
