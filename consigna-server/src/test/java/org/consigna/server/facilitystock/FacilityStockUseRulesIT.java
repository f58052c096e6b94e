package org.consigna.server.facilitystock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §2: facility stock is used only in a case at its facility, by the custodian who sold it or, when a
 * distributor sold it, by sales users linked to that distributor; never sold again; never mixed with consigned stock in
 * one case; a case using it is a non-sale case. Each refusal names the rule, the device and the facility and changes
 * nothing.
 */
class FacilityStockUseRulesIT extends IntegrationTest {

    class Scene {
        final Api.Tenant tenant = api.newTenant("fsrules", "facility-stock");
        final FacilityStockFixtures fx = new FacilityStockFixtures(api, tenant);
        final Member distributor = fx.member("distributor");
        final Member sam = fx.member("sales");
        final Member stranger = fx.member("sales");
        final String item = fx.item(fx.productLine(), true);
        final String mercy = fx.facility("Mercy");
        final String stLuke = fx.facility("St Luke");

        Scene() {
            fx.link(distributor, sam);
        }

        /** A device of the custodian sold to Mercy by a submitted stocking order. */
        String soldToMercy(Member seller) {
            String device = fx.device(seller.id(), item);
            fx.sell(seller.token(), seller.id(), mercy, List.of(device));
            assertThat(fx.statusOf(device)).isEqualTo("facility_stock");
            return device;
        }
    }

    @Test
    void facilityStockIsUsedOnlyAtItsFacilityAndOnlyByItsSeller() {
        Scene s = new Scene();
        String stock = s.soldToMercy(s.sam);

        String elsewhere = s.fx.caseAt(s.sam.token(), s.sam.id(), s.stLuke);
        s.fx.mark(s.sam.token(), elsewhere, stock, "used").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:device-not-eligible"))
                .body("deviceId", equalTo(stock)).body("facilityId", equalTo(s.mercy))
                .body("detail", allOf(containsString("is facility stock of Mercy"), containsString("serial"),
                        containsString("used only in a case at Mercy")));

        String strangersCase = s.fx.caseAt(s.stranger.token(), s.stranger.id(), s.mercy);
        s.fx.mark(s.stranger.token(), strangersCase, stock, "used").statusCode(409)
                .body("type", equalTo("urn:consigna:problem:device-not-eligible"))
                .body("detail", allOf(containsString("Facility stock is used only by whoever sold it"),
                        containsString("facility stock of Mercy"), containsString("serial")));

        // the distributor's scope includes Sam's custody, but not what Sam sold
        String distributorsCase = s.fx.caseAt(s.distributor.token(), s.distributor.id(), s.mercy);
        s.fx.mark(s.distributor.token(), distributorsCase, stock, "used").statusCode(409)
                .body("type", equalTo("urn:consigna:problem:device-not-eligible"))
                .body("detail", allOf(containsString("Facility stock is used only by whoever sold it"),
                        containsString("facility stock of Mercy")));
        assertThat(s.fx.statusOf(stock)).as("refusals change nothing").isEqualTo("facility_stock");

        String samsCase = s.fx.caseAt(s.sam.token(), s.sam.id(), s.mercy);
        s.fx.mark(s.sam.token(), samsCase, stock, "used").statusCode(201);
        api.as(s.sam.token()).get(s.tenant.path("events/" + samsCase)).then().statusCode(200).body("sale", equalTo(false));
        s.fx.submit(s.sam.token(), samsCase);
        api.as(s.sam.token()).get(s.tenant.path("events/" + samsCase)).then().statusCode(200)
                .body("sale", equalTo(false)).body("lines[0].consumed", equalTo(true));
        assertThat(s.fx.statusOf(stock)).isEqualTo("inactive");
        s.fx.inventory.verifyConsistent();
    }

    @Test
    void stockADistributorSoldIsUsedByTheirLinkedSalesUsersOnly() {
        Scene s = new Scene();
        String stock = s.soldToMercy(s.distributor);

        String strangersCase = s.fx.caseAt(s.stranger.token(), s.stranger.id(), s.mercy);
        s.fx.mark(s.stranger.token(), strangersCase, stock, "used").statusCode(409)
                .body("detail", containsString("or the sales users linked to them"));

        String samsCase = s.fx.caseAt(s.sam.token(), s.sam.id(), s.mercy);
        s.fx.mark(s.sam.token(), samsCase, stock, "used").statusCode(201);
    }

    @Test
    void facilityStockIsNeverSoldAgain() {
        Scene s = new Scene();
        String stock = s.soldToMercy(s.sam);

        String again = s.fx.stockingOrder(s.sam.token(), s.sam.id(), s.mercy);
        s.fx.mark(s.sam.token(), again, stock, "used").statusCode(409)
                .body("type", equalTo("urn:consigna:problem:device-not-eligible"))
                .body("detail", allOf(containsString("Facility stock is never sold again"),
                        containsString("already facility stock of Mercy")));
        String toStLuke = s.fx.stockingOrder(s.sam.token(), s.sam.id(), s.stLuke);
        s.fx.mark(s.sam.token(), toStLuke, stock, "used").statusCode(409)
                .body("detail", allOf(containsString("facility stock of Mercy"), containsString("never sold again")));
        assertThat(s.fx.inventory.device(s.sam.token(), stock).get("facilityId")).isEqualTo(s.mercy);
    }

    @Test
    void aCaseNeverMixesFacilityStockWithConsignedStockAndOnlyTheConsignedCaseIsASale() {
        Scene s = new Scene();
        String stock = s.soldToMercy(s.sam);
        String consigned = s.fx.device(s.sam.id(), s.item);

        String facilityCase = s.fx.caseAt(s.sam.token(), s.sam.id(), s.mercy);
        s.fx.mark(s.sam.token(), facilityCase, stock, "used").statusCode(201);
        s.fx.mark(s.sam.token(), facilityCase, consigned, "used").statusCode(409)
                .body("detail", allOf(containsString("may not mix facility stock with consigned inventory"),
                        containsString("is consigned inventory")));

        String consignedCase = s.fx.caseAt(s.sam.token(), s.sam.id(), s.mercy);
        s.fx.mark(s.sam.token(), consignedCase, consigned, "used").statusCode(201);
        api.as(s.sam.token()).get(s.tenant.path("events/" + consignedCase)).then().body("sale", equalTo(true));
        api.as(s.sam.token()).get(s.tenant.path("events/" + facilityCase)).then().body("sale", equalTo(false))
                .body("lines.size()", equalTo(1));
    }
}
