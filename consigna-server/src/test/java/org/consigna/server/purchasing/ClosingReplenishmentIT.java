package org.consigna.server.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.consigna.server.billing.BillingFixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 §10: a replenishment asked for when a case is closed (published by billing, which knows nothing of
 * purchasing) becomes a requisition for the representative; where the representative auto-replenishes, purchase
 * orders at once.
 */
class ClosingReplenishmentIT extends IntegrationTest {

    @Test
    void aClosingsReplenishmentBecomesARequisitionOrAnOrderWhereTheRepAutoReplenishes() {
        Api.Tenant tenant = api.newTenant("purbill", "billing", "purchasing");
        BillingFixtures fx = new BillingFixtures(api, tenant);
        PurchasingFixtures px = new PurchasingFixtures(api, tenant);
        Member rep = fx.member("sales");
        String item = fx.item(fx.productLine(), true);
        String mercy = fx.facility("Mercy");
        String vendor = px.vendor("Implant Direct", null);
        px.supplies(vendor, item, "ID-1", 99, true);

        Map<String, Object> body = BillingFixtures.signed(BillingFixtures.typed("Rep"), BillingFixtures.typed("Provider"));
        body.put("replenish", Map.of("all", true));
        String first = fx.caseHolding(rep, mercy, fx.device(rep.id(), item));
        fx.close(rep.token(), first, body).statusCode(200);
        List<Map<String, Object>> requisitions = requisitions(px);
        assertThat(requisitions).singleElement().satisfies(r -> assertThat(r).containsEntry("source", "billing")
                .containsEntry("recipientId", rep.id()).containsEntry("status", "open"));
        assertThat(orders(px)).isEmpty();

        api.as(fx.admin()).body(Map.of("autoReplenish", true)).put(px.purchasing("recipients/" + rep.id())).then().statusCode(200);
        String second = fx.caseHolding(rep, mercy, fx.device(rep.id(), item));
        fx.close(rep.token(), second, body).statusCode(200);
        assertThat(requisitions(px)).hasSize(2).filteredOn(r -> "ordered".equals(r.get("status"))).hasSize(1);
        assertThat(orders(px)).singleElement().satisfies(o -> assertThat(o).containsEntry("vendorName", "Implant Direct"));
    }

    private List<Map<String, Object>> requisitions(PurchasingFixtures px) {
        return api.as(px.admin()).get(px.purchasing("requisitions")).then().statusCode(200).extract().path("items");
    }

    private List<Map<String, Object>> orders(PurchasingFixtures px) {
        return api.as(px.admin()).get(px.purchasing("purchase-orders")).then().statusCode(200).extract().path("items");
    }
}
