package org.consigna.server.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 §8–9: physical counts (snapshot at the start, moves during the count kept, only ticked lines applied, the
 * first count sets initial levels, another recipient's count refused) and spillage reports (deducted on entry, Open →
 * Locked → Closed, RMAs per default vendor that change no stock). The ledger check stays clean.
 */
class CountsAndSpillageIT extends IntegrationTest {

    @Test
    void countsReconcileTickedLinesAndKeepMovesMadeDuringTheCount() {
        Api.Tenant tenant = api.newTenant("purcount");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        String line = fx.productLine();
        String gauze = fx.countedItem(line);
        String tape = fx.countedItem(line);
        Member sam = fx.member("sales");
        Member sue = fx.member("sales");
        String template = fx.template("Rep kit");
        fx.templateLine(template, gauze, null, 2, 10);
        fx.templateLine(template, tape, null, 1, 5);
        fx.recipient(sam.id(), template);

        Map<String, Object> first = start(fx, sam.token(), sam.id()).statusCode(201).body("initial", equalTo(true))
                .extract().as(Map.class);
        String firstId = (String) first.get("id");
        assertThat(lines(first)).extracting(l -> l.get("expected")).containsOnly(0);
        enter(fx, sue.token(), firstId, gauze, 7, true).statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:not-your-recipient"));
        start(fx, sue.token(), sam.id()).statusCode(403);
        enter(fx, sam.token(), firstId, gauze, 7, true).statusCode(200);
        enter(fx, sam.token(), firstId, tape, 3, false).statusCode(200);
        apply(fx, sam.token(), firstId).statusCode(200).body("status", equalTo("applied"));
        assertThat(fx.onHand(sam.id(), gauze)).isEqualTo(7);   // the first count set the initial level
        assertThat(fx.onHand(sam.id(), tape)).isZero();        // unticked: left as it was
        apply(fx, sam.token(), firstId).statusCode(409).body("type", equalTo("urn:consigna:problem:count-closed"));

        fx.receive(fx.admin(), sam.id(), tape, List.of(Map.of("quantity", 4))).statusCode(201);
        String second = (String) start(fx, sam.token(), sam.id()).statusCode(201).body("initial", equalTo(false))
                .extract().path("id");
        fx.receive(fx.admin(), sam.id(), gauze, List.of(Map.of("quantity", 2))).statusCode(201); // arrives mid-count
        Map<String, Object> during = api.as(sam.token()).get(fx.purchasing("counts/" + second)).then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Object> gauzeLine = lines(during).stream().filter(l -> gauze.equals(l.get("itemId"))).findFirst().orElseThrow();
        assertThat(gauzeLine).containsEntry("expected", 7).containsEntry("onHandNow", 9).containsEntry("movedSince", 2);
        enter(fx, sam.token(), second, gauze, 5, true).statusCode(200);   // 2 missing from the shelf that was counted
        enter(fx, sam.token(), second, tape, 0, true).statusCode(200);    // 0 ticked: reconciled to zero
        apply(fx, sam.token(), second).statusCode(200);
        assertThat(fx.onHand(sam.id(), gauze)).isEqualTo(7);   // 9 - 2: the mid-count arrival stays
        assertThat(fx.onHand(sam.id(), tape)).isZero();

        // Installed or used up (§9 "Out"): deducted through the ledger; more than held is refused; another rep may not.
        api.as(sam.token()).body(Map.of("itemId", gauze, "quantity", 3, "note", "dressing kit room 4"))
                .post(fx.purchasing("recipients/" + sam.id() + "/usage")).then().statusCode(200).body("onHand", equalTo(4));
        api.as(sue.token()).body(Map.of("itemId", gauze, "quantity", 1)).post(fx.purchasing("recipients/" + sam.id() + "/usage"))
                .then().statusCode(403).contentType("application/problem+json");
        api.as(fx.admin()).body(Map.of("itemId", gauze, "quantity", 99)).post(fx.purchasing("recipients/" + sam.id() + "/usage"))
                .then().statusCode(409).body("type", equalTo("urn:consigna:problem:not-enough-stock"));
        assertThat(fx.onHand(sam.id(), gauze)).isEqualTo(4);
        fx.receive(fx.admin(), sam.id(), gauze, List.of(Map.of("quantity", 3))).statusCode(201);

        String third = (String) start(fx, fx.admin(), sam.id()).statusCode(201).extract().path("id");
        enter(fx, fx.admin(), third, gauze, 100, false).statusCode(200);
        apply(fx, fx.admin(), third).statusCode(200);
        assertThat(fx.onHand(sam.id(), gauze)).isEqualTo(7);
        fx.verifyConsistent();
    }

    @Test
    void spillageDeductsOnEntryAndLockedReportsBecomeRmasPerVendor() {
        Api.Tenant tenant = api.newTenant("purspill");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        String line = fx.productLine();
        String pump = fx.countedItem(line);
        String cuff = fx.countedItem(line);
        Member sam = fx.member("sales");
        Member sue = fx.member("sales");
        String preferred = fx.vendor("Pump Works", null);
        String cuffs = fx.vendor("Cuff Co", null);
        fx.supplies(preferred, pump, "PW-1", 80, true);
        String template = fx.template("Field");
        fx.templateLine(template, pump, null, 1, 3);
        fx.templateLine(template, cuff, cuffs, 1, 3);
        fx.recipient(sam.id(), template);
        fx.receive(fx.admin(), sam.id(), pump, List.of(Map.of("quantity", 7))).statusCode(201);
        fx.receive(fx.admin(), sam.id(), cuff, List.of(Map.of("quantity", 3))).statusCode(201);
        String damaged = reasonCode(fx, "DMG", "Damaged in transit", true);
        String expired = reasonCode(fx, "EXP", "Expired", false);

        String report = (String) api.as(sam.token()).body(Map.of("recipientId", sam.id())).post(fx.purchasing("spillage-reports"))
                .then().statusCode(201).body("status", equalTo("open")).extract().path("id");
        addLine(fx, sam.token(), report, pump, 2, damaged).statusCode(200).body("lines.size()", equalTo(1));
        assertThat(fx.onHand(sam.id(), pump)).isEqualTo(5);
        addLine(fx, sam.token(), report, cuff, 1, expired).statusCode(200);
        addLine(fx, sam.token(), report, pump, 99, damaged).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:not-enough-stock"));
        addLine(fx, sue.token(), report, pump, 1, damaged).statusCode(403);
        assertThat(fx.onHand(sam.id(), pump)).isEqualTo(5);
        assertThat(fx.onHand(sam.id(), cuff)).isEqualTo(2);

        api.as(sam.token()).post(fx.purchasing("spillage-reports/" + report + "/lock")).then().statusCode(200)
                .body("status", equalTo("locked"));
        addLine(fx, sam.token(), report, pump, 1, damaged).statusCode(409)
                .body("type", equalTo("urn:consigna:problem:spillage-report-locked"));
        api.as(sam.token()).post(fx.purchasing("spillage-reports/" + report + "/rmas")).then().statusCode(403);
        Map<String, Object> converted = api.as(fx.admin()).post(fx.purchasing("spillage-reports/" + report + "/rmas")).then()
                .statusCode(200).extract().as(Map.class);
        List<Map<String, Object>> rmas = (List<Map<String, Object>>) converted.get("rmas");
        assertThat(rmas).extracting(r -> r.get("vendorId")).containsExactlyInAnyOrder(preferred, cuffs);
        assertThat(rmas).allSatisfy(r -> assertThat((List<?>) r.get("spillageLineIds")).hasSize(1));
        api.as(fx.admin()).post(fx.purchasing("spillage-reports/" + report + "/rmas")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:already-converted"));
        assertThat(fx.onHand(sam.id(), pump)).isEqualTo(5);  // an RMA is a record: no stock change
        api.as(fx.admin()).body(Map.of("status", "shipped")).put(fx.purchasing("rmas/" + rmas.get(0).get("id") + "/status"))
                .then().statusCode(200).body("status", equalTo("shipped"));
        api.as(fx.admin()).post(fx.purchasing("spillage-reports/" + report + "/close")).then().statusCode(200)
                .body("status", equalTo("closed"));
        fx.verifyConsistent();
    }

    private static io.restassured.response.ValidatableResponse start(PurchasingFixtures fx, String token, String recipient) {
        return fx.api.as(token).body(Map.of("recipientId", recipient)).post(fx.purchasing("counts")).then();
    }

    private static io.restassured.response.ValidatableResponse enter(PurchasingFixtures fx, String token, String count,
                                                                     String item, int counted, boolean ticked) {
        return fx.api.as(token).body(Map.of("counted", counted, "ticked", ticked))
                .put(fx.purchasing("counts/" + count + "/lines/" + item)).then();
    }

    private static io.restassured.response.ValidatableResponse apply(PurchasingFixtures fx, String token, String count) {
        return fx.api.as(token).post(fx.purchasing("counts/" + count + "/apply")).then();
    }

    private static List<Map<String, Object>> lines(Map<String, Object> count) {
        return (List<Map<String, Object>>) count.get("lines");
    }

    private static String reasonCode(PurchasingFixtures fx, String code, String label, boolean reimbursed) {
        return fx.api.as(fx.admin()).body(Map.of("code", code, "label", label, "requiresReimbursement", reimbursed))
                .post(fx.purchasing("reason-codes")).then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse addLine(PurchasingFixtures fx, String token, String report,
                                                                       String item, int quantity, String reason) {
        return fx.api.as(token).body(Map.of("itemId", item, "quantity", quantity, "reasonCodeId", reason))
                .post(fx.purchasing("spillage-reports/" + report + "/lines")).then();
    }
}
