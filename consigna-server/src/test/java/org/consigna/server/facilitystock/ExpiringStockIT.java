package org.consigna.server.facilitystock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §6: expiring stock in 30/60/90-day bands over stock on hand only (consigned and facility stock, never the
 * consumed), a list per band, and the daily digest rows per custodian and for the admins, idempotent per day.
 */
class ExpiringStockIT extends IntegrationTest {

    @Test
    void bandsListActiveStockAndTheDailyDigestIsWrittenOncePerDay() {
        Api.Tenant tenant = api.newTenant("fsexpiry", "facility-stock");
        FacilityStockFixtures fx = new FacilityStockFixtures(api, tenant);
        Member sam = fx.member("sales");
        Member stranger = fx.member("sales");
        String item = fx.item(fx.productLine(), true);
        String mercy = fx.facility("Mercy");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String expired = fx.expiring(sam.id(), item, today.minusDays(2));
        String in10 = fx.expiring(sam.id(), item, today.plusDays(10));
        String sold10 = fx.expiring(sam.id(), item, today.plusDays(12));
        String in45 = fx.expiring(sam.id(), item, today.plusDays(45));
        String in80 = fx.expiring(sam.id(), item, today.plusDays(80));
        String in200 = fx.expiring(sam.id(), item, today.plusDays(200));
        String consumed = fx.expiring(sam.id(), item, today.plusDays(5));
        String strangers = fx.expiring(stranger.id(), item, today.plusDays(15));
        fx.sell(sam.token(), sam.id(), mercy, List.of(sold10));
        String kase = fx.caseAt(sam.token(), sam.id(), mercy);
        fx.mark(sam.token(), kase, consumed, "used").statusCode(201);
        fx.submit(sam.token(), kase);

        assertThat(band(fx, sam, "30")).containsExactly(expired, in10, sold10);
        assertThat(band(fx, sam, "60")).containsExactly(in45);
        assertThat(band(fx, sam, "90")).containsExactly(in80);
        assertThat(band(fx, fx.admin(), "30")).containsExactly(expired, in10, sold10, strangers);
        assertThat(band(fx, stranger, "30")).containsExactly(strangers);
        assertThat(band(fx, fx.admin(), "90")).doesNotContain(in200);
        String next = api.as(sam.token()).queryParam("band", "30").queryParam("limit", 2).get(fx.path("expiring")).then()
                .statusCode(200).body("items.id", equalTo(List.of(expired, in10))).extract().path("nextCursor");
        api.as(sam.token()).queryParam("band", "30").queryParam("limit", 2).queryParam("cursor", next)
                .get(fx.path("expiring")).then().body("items.id", equalTo(List.of(sold10))).body("nextCursor", equalTo(null));
        api.as(sam.token()).queryParam("band", "45").get(fx.path("expiring")).then().statusCode(400)
                .contentType("application/problem+json");

        api.as(fx.admin()).get(fx.path("expiry-digests")).then().statusCode(200).body("size()", equalTo(0));
        List<Map<String, Object>> digests = api.as(fx.admin()).post(fx.path("expiry-digests/today")).then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(digests).hasSize(3);
        assertThat(digests.get(0)).containsEntry("audience", "admins").containsEntry("date", today.toString())
                .containsEntry("devices", Map.of("within30", 4, "within60", 1, "within90", 1));
        Map<String, Object> samsRow = digests.stream().filter(d -> sam.id().equals(d.get("custodianId"))).findFirst()
                .orElseThrow();
        assertThat(samsRow).containsEntry("audience", "custodian")
                .containsEntry("devices", Map.of("within30", 3, "within60", 1, "within90", 1));
        List<String> again = api.as(fx.admin()).post(fx.path("expiry-digests/today")).then().statusCode(200)
                .extract().path("id");
        assertThat(again).as("idempotent per day").isEqualTo(digests.stream().map(d -> d.get("id")).toList());
        api.as(sam.token()).get(fx.path("expiry-digests")).then().statusCode(200)
                .body("custodianId", equalTo(List.of(sam.id())));
        api.as(sam.token()).post(fx.path("expiry-digests/today")).then().statusCode(403);
    }

    private List<String> band(FacilityStockFixtures fx, Member member, String band) {
        return band(fx, member.token(), band);
    }

    private List<String> band(FacilityStockFixtures fx, String token, String band) {
        return api.as(token).queryParam("band", band).get(fx.path("expiring")).then().statusCode(200)
                .extract().path("items.id");
    }
}
