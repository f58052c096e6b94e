package org.consigna.server.facilitystock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §9: below-par and expiring lines of a facility become a suggested stocking order for the selling custodian
 * with the arithmetic shown (par - on hand + expiring), turned into a real stocking order in one call.
 */
class RefillIT extends IntegrationTest {

    @Test
    void aSuggestedRefillShowsItsArithmeticAndBecomesAStockingOrderInOneCall() {
        Api.Tenant tenant = api.newTenant("fsrefill", "facility-stock");
        FacilityStockFixtures fx = new FacilityStockFixtures(api, tenant);
        Member sam = fx.member("sales");
        String item = fx.item(fx.productLine(), true);
        String mercy = fx.facility("Mercy");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String expiringSoon = fx.expiring(sam.id(), item, today.plusDays(10));
        String lasting = fx.expiring(sam.id(), item, today.plusDays(400));
        fx.sell(sam.token(), sam.id(), mercy, List.of(expiringSoon, lasting));
        List<String> shelf = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shelf.add(fx.expiring(sam.id(), item, today.plusDays(300 + i)));
        }
        api.as(fx.admin()).body(Map.of("par", 4)).put(fx.path("facilities/" + mercy + "/par-levels/" + item)).then()
                .statusCode(200);
        fx.stockingOrderType();

        String refill = fx.path("facilities/" + mercy + "/refill");
        Map<String, Object> proposal = api.as(sam.token()).get(refill).then().statusCode(200)
                .body("custodianId", equalTo(sam.id())).body("facilityName", equalTo("Mercy"))
                .body("lines.size()", equalTo(1)).extract().path("lines[0]");
        assertThat(proposal).containsEntry("itemId", item).containsEntry("par", 4).containsEntry("onHand", 2)
                .containsEntry("expiring", 1).containsEntry("suggested", 3).containsEntry("proposedUnits", 3)
                .containsEntry("arithmetic", "par 4 - on hand 2 + expiring 1 = 3");
        List<String> proposed = ((List<Map<String, Object>>) proposal.get("devices")).stream()
                .map(d -> (String) d.get("id")).toList();
        assertThat(proposed).as("latest expiry first").containsExactly(shelf.get(4), shelf.get(3), shelf.get(2));

        Map<String, Object> ordered = api.as(sam.token()).post(refill).then().statusCode(201).extract().as(Map.class);
        String order = (String) ordered.get("eventId");
        assertThat(ordered.get("deviceIds")).isEqualTo(proposed);
        api.as(sam.token()).get(tenant.path("events/" + order)).then().statusCode(200)
                .body("behaviour", equalTo("stocking-order")).body("status", equalTo("open"))
                .body("representativeId", equalTo(sam.id())).body("facilityId", equalTo(mercy))
                .body("lines.deviceId", equalTo(proposed));
        fx.submit(sam.token(), order);
        api.as(sam.token()).get(fx.path("facilities/" + mercy + "/stock")).then()
                .body("items[0].onHand", equalTo(5)).body("items[0].belowPar", equalTo(false));

        // par 4 - on hand 5 + expiring 1 = 0: nothing left to refill
        api.as(sam.token()).get(refill).then().statusCode(200).body("lines.size()", equalTo(0));
        api.as(sam.token()).post(refill).then().statusCode(409).body("type", equalTo("urn:consigna:problem:nothing-to-refill"));
    }
}
