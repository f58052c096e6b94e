package org.consigna.server.facilitystock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §1: a stocking order sells its devices to the event's facility as facility stock (custody kept, one
 * ledger entry per device with the order as source document); reopening it and removing a device as unused makes
 * that device consigned stock again.
 */
class StockingOrderIT extends IntegrationTest {

    @Test
    void submittingAStockingOrderMakesItsDevicesFacilityStockAndAnUnusedRemovalReturnsThem() {
        Api.Tenant tenant = api.newTenant("fsorder", "facility-stock");
        FacilityStockFixtures fx = new FacilityStockFixtures(api, tenant);
        Member rep = fx.member("sales");
        String item = fx.item(fx.productLine(), true);
        String mercy = fx.facility("Mercy");
        String first = fx.device(rep.id(), item);
        String second = fx.device(rep.id(), item);

        api.as(rep.token()).get(tenant.path("events/behaviours")).then().statusCode(200)
                .body("id", hasItem("stocking-order"));
        String order = fx.stockingOrder(rep.token(), rep.id(), mercy);
        fx.mark(rep.token(), order, first, "used").statusCode(201);
        fx.mark(rep.token(), order, second, "used").statusCode(201);
        assertThat(fx.statusOf(first)).as("nothing sold before the submit").isEqualTo("active");

        String firstLine = api.as(rep.token()).post(tenant.path("events/" + order + "/submit")).then().statusCode(200)
                .body("behaviour", equalTo("stocking-order")).body("sale", equalTo(true))
                .body("lines.soldToFacility", equalTo(List.of(true, true)))
                .extract().path("lines.find { it.deviceId == '" + first + "' }.id");
        for (String device : List.of(first, second)) {
            Map<String, Object> view = fx.inventory.device(rep.token(), device);
            assertThat(view.get("status")).isEqualTo("facility_stock");
            assertThat(view.get("facilityId")).isEqualTo(mercy);
            assertThat(((Map<?, ?>) view.get("custodian")).get("id")).as("custody kept by the seller").isEqualTo(rep.id());
        }
        List<Map<String, Object>> history = api.as(rep.token()).get(tenant.path("inventory/devices/" + first + "/history"))
                .then().statusCode(200).extract().path("items");
        assertThat(history.get(0)).containsEntry("type", "facility_changed").containsEntry("facilityId", mercy)
                .containsEntry("status", "facility_stock");
        assertThat(((Map<?, ?>) history.get(0).get("source")).get("id")).isEqualTo(order);
        assertThat(history).filteredOn(e -> "facility_changed".equals(e.get("type"))).hasSize(1);

        api.as(rep.token()).post(tenant.path("events/" + order + "/reopen")).then().statusCode(200);
        api.as(rep.token()).body(Map.of("usage", "unused"))
                .post(tenant.path("events/" + order + "/lines/" + firstLine + "/remove")).then().statusCode(200)
                .body("soldToFacility", equalTo(false));
        Map<String, Object> returned = fx.inventory.device(rep.token(), first);
        assertThat(returned.get("status")).isEqualTo("active");
        assertThat(returned.get("facilityId")).isNull();
        assertThat(fx.statusOf(second)).as("the other device stays sold").isEqualTo("facility_stock");
        api.as(rep.token()).get(tenant.path("inventory/devices/" + first + "/history")).then().statusCode(200)
                .body("items[0].type", equalTo("facility_changed")).body("items[0].status", equalTo("active"))
                .body("items[0].source.id", equalTo(order));

        // submitted again, the order sells nothing twice: the remaining device has one sale entry only
        fx.submit(rep.token(), order);
        List<String> types = api.as(rep.token()).get(tenant.path("inventory/devices/" + second + "/history")).then()
                .extract().path("items.type");
        assertThat(types).filteredOn("facility_changed"::equals).hasSize(1);
        fx.inventory.verifyConsistent();
    }
}
