package org.consigna.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §2, §3, §6, §9b: the PO number completes a closed sale (the same number again changes nothing, another is
 * a 409 unless an admin corrects it, audited); a non-sale case takes no PO; the pending-PO list, oldest first, by
 * facility and rep; PO lines that differ from the sales order are flagged; manual prices only while closed.
 */
class BillingPoIT extends IntegrationTest {

    class Scene {
        final Api.Tenant tenant = api.newTenant("billpo", "billing", "facility-stock");
        final BillingFixtures fx = new BillingFixtures(api, tenant);
        final Member rep = fx.member("sales");
        final String item = fx.item(fx.productLine(), true);
        final String mercy = fx.facility("Mercy");

        String closedCase(Member who, String facility) {
            String event = fx.caseHolding(who, facility, fx.device(who.id(), item));
            fx.closeTyped(who.token(), event);
            return event;
        }
    }

    @Test
    void theSamePoTwiceChangesNothingAnotherIsRefusedUnlessAnAdminCorrectsIt() {
        Scene s = new Scene();
        String event = s.closedCase(s.rep, s.mercy);
        s.fx.po(s.rep.token(), event, "PO-1").statusCode(200).body("status", equalTo("completed"))
                .body("invoiceNumber", notNullValue());
        s.fx.po(s.rep.token(), event, "PO-1").statusCode(200).body("poNumber", equalTo("PO-1"));
        s.fx.po(s.rep.token(), event, "PO-2").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:po-already-entered"));
        s.fx.po(s.rep.token(), event, Map.of("poNumber", "PO-2", "correction", true)).statusCode(403)
                .contentType("application/problem+json");
        s.fx.show(s.rep.token(), event).statusCode(200).body("poNumber", equalTo("PO-1"));

        s.fx.po(s.tenant.adminToken(), event, Map.of("poNumber", "PO-2", "correction", true)).statusCode(200)
                .body("poNumber", equalTo("PO-2"));
        assertThat(s.fx.history(event)).extracting(h -> h.get("action"))
                .containsExactly("closed", "po-entered", "po-corrected");
        assertThat(s.fx.history(event).get(2).get("detail")).isEqualTo("PO PO-1 -> PO-2");
    }

    @Test
    void aCaseUsingFacilityStockIsANonSaleCaseWithoutPo() {
        Scene s = new Scene();
        String stock = s.fx.device(s.rep.id(), s.item);
        String order = s.fx.sellClosed(s.rep, s.mercy, List.of(stock));
        s.fx.show(s.rep.token(), order).statusCode(200).body("sale", equalTo(true));

        String event = s.fx.caseHolding(s.rep, s.mercy, stock);
        s.fx.closeTyped(s.rep.token(), event);
        s.fx.show(s.rep.token(), event).statusCode(200).body("sale", equalTo(false)).body("status", equalTo("closed"))
                .body("lines", hasSize(1));
        s.fx.po(s.rep.token(), event, "PO-9").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:po-not-for-non-sale"));
        s.fx.show(s.rep.token(), event).statusCode(200).body("poNumber", nullValue()).body("invoiceNumber", nullValue());
        api.as(s.rep.token()).get(s.fx.billing("pending-po")).then().statusCode(200)
                .body("items.eventId", equalTo(List.of(order)));
    }

    @Test
    void thePendingListIsOldestFirstFilteredByFacilityAndRepAndPaged() {
        Scene s = new Scene();
        Member other = s.fx.member("sales");
        String general = s.fx.facility("General");
        String first = s.closedCase(s.rep, s.mercy);
        String second = s.closedCase(other, s.mercy);
        String third = s.closedCase(s.rep, general);
        String done = s.closedCase(s.rep, s.mercy);
        s.fx.po(s.rep.token(), done, "PO-DONE").statusCode(200);

        api.as(s.rep.token()).get(s.fx.billing("pending-po")).then().statusCode(200)
                .body("items.eventId", equalTo(List.of(first, second, third)));
        api.as(s.rep.token()).queryParam("facilityId", s.mercy).get(s.fx.billing("pending-po")).then().statusCode(200)
                .body("items.eventId", equalTo(List.of(first, second)));
        api.as(s.rep.token()).queryParam("representativeId", s.rep.id()).get(s.fx.billing("pending-po")).then()
                .statusCode(200).body("items.eventId", equalTo(List.of(first, third)));
        String cursor = api.as(s.rep.token()).queryParam("limit", 2).get(s.fx.billing("pending-po")).then()
                .statusCode(200).body("items.eventId", equalTo(List.of(first, second))).extract().path("nextCursor");
        api.as(s.rep.token()).queryParam("limit", 2).queryParam("cursor", cursor).get(s.fx.billing("pending-po")).then()
                .statusCode(200).body("items.eventId", equalTo(List.of(third))).body("nextCursor", nullValue());
    }

    @Test
    void poLinesThatDifferFromTheSalesOrderAreFlagged() {
        Scene s = new Scene();
        String other = s.fx.item(s.fx.productLine(), true);
        String event = s.fx.caseHolding(s.rep, s.mercy, s.fx.device(s.rep.id(), s.item), s.fx.device(s.rep.id(), s.item),
                s.fx.device(s.rep.id(), other));
        s.fx.closeTyped(s.rep.token(), event);
        Map<String, Object> body = Map.of("poNumber", "PO-LINES", "lines", List.of(
                Map.of("itemId", s.item, "quantity", 1, "unitPrice", 120.00),
                Map.of("itemId", other, "quantity", 1, "unitPrice", 125.50)));
        s.fx.po(s.rep.token(), event, body).statusCode(200).body("status", equalTo("completed"))
                .body("poDifferences", hasSize(2))
                .body("poDifferences.find { it.kind == 'quantity' }.itemId", equalTo(s.item))
                .body("poDifferences.find { it.kind == 'quantity' }.orderQuantity", equalTo(2))
                .body("poDifferences.find { it.kind == 'quantity' }.poQuantity", equalTo(1))
                .body("poDifferences.find { it.kind == 'price' }.poPrice", equalTo(120.0f));
    }

    @Test
    void aManualPriceNeedsAReasonAndIsRefusedOnceThePoCompletedTheEvent() {
        Scene s = new Scene();
        String event = s.closedCase(s.rep, s.mercy);
        String line = s.fx.show(s.rep.token(), event).statusCode(200).extract().path("lines[0].lineId");
        String price = s.fx.billing("events/" + event + "/lines/" + line + "/price");
        api.as(s.rep.token()).body(Map.of("unitPrice", 110)).put(price).then().statusCode(400)
                .contentType("application/problem+json");
        api.as(s.rep.token()).body(Map.of("unitPrice", 110.005, "reason", "agreed on the phone")).put(price).then()
                .statusCode(200).body("pricesEdited", equalTo(true)).body("lines[0].unitPrice", equalTo(110.01f))
                .body("lines[0].overriddenBy", equalTo(s.rep.id())).body("total", equalTo(110.01f));
        s.fx.po(s.rep.token(), event, "PO-P").statusCode(200);
        api.as(s.rep.token()).body(Map.of("unitPrice", 1, "reason", "too late")).put(price).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:billing-prices-locked"));
        assertThat(s.fx.history(event)).extracting(h -> h.get("action"))
                .containsExactly("closed", "price-overridden", "po-entered");
    }

    @Test
    void twoDifferentPosAtOnceHaveExactlyOneWinner() throws Exception {
        Scene s = new Scene();
        String event = s.closedCase(s.rep, s.mercy);
        int attempts = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<ExtractableResponse<Response>> results = new ArrayList<>();
        try {
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String number = "PO-RACE-" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return s.fx.po(s.rep.token(), event, number).extract();
                }));
            }
            start.countDown();
            for (Future<ExtractableResponse<Response>> f : futures) {
                results.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(results).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        assertThat(results).filteredOn(r -> r.statusCode() != 200).hasSize(attempts - 1)
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(409));
        String winner = results.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("poNumber");
        s.fx.show(s.rep.token(), event).statusCode(200).body("poNumber", equalTo(winner));
        api.as(s.tenant.adminToken()).get(s.fx.billing("invoices")).then().statusCode(200).body("items", hasSize(1));
    }
}
