package org.consigna.server.facilitystock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §5: par levels per facility and item set by admins (and by the selling custodian when the tenant allows);
 * the case that consumes facility stock below par raises a low-level alert, once, not again until the level recovered;
 * alerts are listed (paged) and acknowledged.
 */
class ParLevelsAndAlertsIT extends IntegrationTest {

    @Test
    void theEventThatConsumesStockBelowParRaisesOneAlertUntilTheLevelRecovers() {
        Api.Tenant tenant = api.newTenant("fspar", "facility-stock");
        FacilityStockFixtures fx = new FacilityStockFixtures(api, tenant);
        Member sam = fx.member("sales");
        Member stranger = fx.member("sales");
        String item = fx.item(fx.productLine(), true);
        String mercy = fx.facility("Mercy");
        List<String> stock = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stock.add(fx.device(sam.id(), item));
        }
        fx.sell(sam.token(), sam.id(), mercy, stock);
        String par = fx.path("facilities/" + mercy + "/par-levels/" + item);

        api.as(sam.token()).body(Map.of("par", 2)).put(par).then().statusCode(403)
                .body("type", equalTo("urn:consigna:problem:par-level-forbidden"));
        api.as(fx.admin()).body(Map.of("custodiansSetPar", true)).put(fx.path("settings")).then().statusCode(200)
                .body("custodiansSetPar", equalTo(true));
        api.as(stranger.token()).body(Map.of("par", 2)).put(par).then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("sold facility stock to Mercy"));
        api.as(sam.token()).body(Map.of("par", -1)).put(par).then().statusCode(400).contentType("application/problem+json");
        api.as(sam.token()).body(Map.of("par", 2)).put(par).then().statusCode(200).body("par", equalTo(2))
                .body("setBy", equalTo(sam.id()));
        api.as(fx.admin()).get(fx.path("facilities/" + mercy + "/par-levels")).then().statusCode(200)
                .body("items.itemId", equalTo(List.of(item))).body("items.par", equalTo(List.of(2)));

        String first = use(fx, sam, mercy, stock.get(0));   // 3 -> 2: at par, no alert
        assertThat(alerts(fx, null)).isEmpty();
        String second = use(fx, sam, mercy, stock.get(1));  // 2 -> 1: below par, raised by this case
        List<Map<String, Object>> raised = alerts(fx, null);
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0)).containsEntry("facilityId", mercy).containsEntry("itemId", item)
                .containsEntry("par", 2).containsEntry("onHand", 1).containsEntry("raisedByEventId", second)
                .containsEntry("outstanding", true).containsEntry("acknowledged", false);
        assertThat(first).isNotEqualTo(second);
        use(fx, sam, mercy, stock.get(2));                  // 1 -> 0: still the same alert, no second one
        assertThat(alerts(fx, null)).hasSize(1);

        String alert = (String) raised.get(0).get("id");
        api.as(sam.token()).post(fx.path("alerts/" + alert + "/acknowledge")).then().statusCode(200)
                .body("acknowledged", equalTo(true)).body("acknowledgedBy", equalTo(sam.id()));
        api.as(fx.admin()).post(fx.path("alerts/" + alert + "/acknowledge")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:alert-acknowledged"));
        assertThat(alerts(fx, "true")).isEmpty();

        // back to par (a stocking order), the alert recovers; the next drop raises a new one
        List<String> refill = List.of(fx.device(sam.id(), item), fx.device(sam.id(), item));
        fx.sell(sam.token(), sam.id(), mercy, refill);
        assertThat(alerts(fx, null)).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("outstanding", false);
            assertThat(a.get("recoveredAt")).isNotNull();
        });
        String third = use(fx, sam, mercy, refill.get(0));
        List<Map<String, Object>> now = alerts(fx, null);
        assertThat(now).hasSize(2);
        assertThat(now.get(0)).containsEntry("raisedByEventId", third).containsEntry("outstanding", true);

        // paged, newest first
        String next = api.as(fx.admin()).queryParam("limit", 1).get(fx.path("alerts")).then().statusCode(200)
                .body("items[0].raisedByEventId", equalTo(third)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        api.as(fx.admin()).queryParam("limit", 1).queryParam("cursor", next).get(fx.path("alerts")).then()
                .statusCode(200).body("items[0].raisedByEventId", equalTo(second)).body("nextCursor", equalTo(null));
        api.as(fx.admin()).queryParam("facility", mercy).get(fx.path("alerts")).then().body("items.size()", equalTo(2));
    }

    private static String use(FacilityStockFixtures fx, Member rep, String facility, String device) {
        String kase = fx.caseAt(rep.token(), rep.id(), facility);
        fx.mark(rep.token(), kase, device, "used").statusCode(201);
        fx.submit(rep.token(), kase);
        return kase;
    }

    private List<Map<String, Object>> alerts(FacilityStockFixtures fx, String unacknowledged) {
        var request = api.as(fx.admin());
        if (unacknowledged != null) {
            request = request.queryParam("unacknowledged", unacknowledged);
        }
        return request.get(fx.path("alerts")).then().statusCode(200).extract().path("items");
    }
}
