package org.consigna.server.facilitystock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * The facility-stock sales dashboard after real stocking orders, cases using facility stock and reopens: sold vs
 * consumed by facility, item, rep and month, with totals. Items cost 125.50; events are dated 2026-03-02.
 */
class DashboardIT extends IntegrationTest {

    @Test
    void soldThroughStockingOrdersVersusConsumedInCasesFollowsSubmitsAndReopens() {
        Api.Tenant tenant = api.newTenant("fsdash", "facility-stock");
        CommissionFixtures fx = new CommissionFixtures(api, tenant);
        Member rep = fx.member("sales");
        String line = fx.productLine();
        String screw = fx.item(line, true);
        String plate = fx.item(line, true);
        String mercy = fx.facility("Mercy");
        String grey = fx.surgeon("Grey");
        String screw1 = fx.device(rep.id(), screw);
        String screw2 = fx.device(rep.id(), screw);
        String plate1 = fx.device(rep.id(), plate);

        String order = fx.sell(rep.token(), rep.id(), mercy, List.of(screw1, screw2, plate1));
        assertThat(groups(fx.dashboard("facility"))).containsOnlyKeys(mercy);
        assertFigures(groups(fx.dashboard("facility")).get(mercy), 3, "376.50", 0, "0");
        assertFigures(totals(fx.dashboard("facility")), 3, "376.50", 0, "0");

        fx.reopen(rep.token(), order);
        assertFigures(totals(fx.dashboard("item")), 0, "0", 0, "0");
        String plateLine = api.as(rep.token()).get(tenant.path("events/" + order)).then().statusCode(200).extract()
                .path("lines.find { it.deviceId == '" + plate1 + "' }.id");
        api.as(rep.token()).post(tenant.path("events/" + order + "/lines/" + plateLine + "/remove")).then().statusCode(200);
        fx.submit(rep.token(), order);
        Map<String, Map<String, Object>> resold = groups(fx.dashboard("item"));
        assertFigures(resold.get(screw), 2, "251.00", 0, "0");
        assertFigures(resold.get(plate), 0, "0", 0, "0");

        String usedCase = fx.caseWith(rep.token(), rep.id(), mercy, grey, screw1);
        fx.submit(rep.token(), usedCase);
        Map<String, Map<String, Object>> byItem = groups(fx.dashboard("item"));
        assertFigures(byItem.get(screw), 2, "251.00", 1, "125.50");
        assertFigures(byItem.get(plate), 0, "0", 0, "0");
        assertFigures(groups(fx.dashboard("rep")).get(rep.id()), 2, "251.00", 1, "125.50");
        Map<String, Object> byMonth = fx.dashboard("month");
        assertThat(groups(byMonth)).containsOnlyKeys("2026-03");
        assertFigures(totals(byMonth), 2, "251.00", 1, "125.50");

        String consigned = fx.caseWith(rep.token(), rep.id(), mercy, grey, fx.device(rep.id(), screw));
        fx.submit(rep.token(), consigned);
        assertFigures(totals(fx.dashboard("month")), 2, "251.00", 1, "125.50");

        fx.reopen(rep.token(), usedCase);
        assertFigures(totals(fx.dashboard("facility")), 2, "251.00", 0, "0");
        fx.submit(rep.token(), usedCase);
        assertFigures(groups(fx.dashboard("facility")).get(mercy), 2, "251.00", 1, "125.50");
        assertFigures(totals(fx.dashboard("facility")), 2, "251.00", 1, "125.50");
        fx.inventory.verifyConsistent();
    }

    @Test
    void theDashboardIsForAdminsAndRefusesBadParametersClearly() {
        Api.Tenant tenant = api.newTenant("fsdash", "facility-stock");
        CommissionFixtures fx = new CommissionFixtures(api, tenant);
        Member rep = fx.member("sales");
        api.as(rep.token()).get(fx.path("dashboard")).then().statusCode(403);
        api.as(tenant.adminToken()).queryParam("groupBy", "surgeon").get(fx.path("dashboard")).then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("groupBy"));
        api.as(tenant.adminToken()).queryParam("from", "2026-13").get(fx.path("dashboard")).then().statusCode(400)
                .body("parameter", equalTo("from"));
        api.as(tenant.adminToken()).queryParam("from", "2026-06").queryParam("to", "2026-01").get(fx.path("dashboard"))
                .then().statusCode(400).body("parameter", equalTo("from"));
        api.as(tenant.adminToken()).queryParam("from", "2026-01").queryParam("to", "2026-12").get(fx.path("dashboard"))
                .then().statusCode(200).body("groupBy", equalTo("month")).body("groups.size()", equalTo(0))
                .body("totals.sold.units", equalTo(0));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> groups(Map<String, Object> dashboard) {
        Map<String, Map<String, Object>> byKey = new java.util.HashMap<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) dashboard.get("groups")) {
            byKey.put((String) group.get("key"), (Map<String, Object>) group.get("figures"));
        }
        return byKey;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> totals(Map<String, Object> dashboard) {
        return (Map<String, Object>) dashboard.get("totals");
    }

    @SuppressWarnings("unchecked")
    static void assertFigures(Map<String, Object> figures, long soldUnits, String soldValue, long consumedUnits,
                              String consumedValue) {
        assertThat(figures).as("figures").isNotNull();
        Map<String, Object> sold = (Map<String, Object>) figures.get("sold");
        Map<String, Object> consumed = (Map<String, Object>) figures.get("consumed");
        assertThat(((Number) sold.get("units")).longValue()).as("sold units").isEqualTo(soldUnits);
        assertThat(new BigDecimal(sold.get("value").toString())).as("sold value").isEqualByComparingTo(soldValue);
        assertThat(((Number) consumed.get("units")).longValue()).as("consumed units").isEqualTo(consumedUnits);
        assertThat(new BigDecimal(consumed.get("value").toString())).as("consumed value").isEqualByComparingTo(consumedValue);
    }
}
