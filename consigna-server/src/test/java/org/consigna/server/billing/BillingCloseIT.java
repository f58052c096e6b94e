package org.consigna.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
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
 * Issue 13 §1, §2, §6: sign and close. Refused without both signatures (nothing changes); drawn and typed signatures
 * recorded with who and when; the event reads closed, then completed with its PO; a reopen voids the record (kept in
 * the history); a plain submit of a billed event is refused; two closes at once have one winner.
 */
class BillingCloseIT extends IntegrationTest {

    class Scene {
        final Api.Tenant tenant = api.newTenant("billclose", "billing");
        final BillingFixtures fx = new BillingFixtures(api, tenant);
        final Member rep = fx.member("sales");
        final String item = fx.item(fx.productLine(), true);
        final String mercy = fx.facility("Mercy");
    }

    @Test
    void aClosingWithoutTheProvidersSignatureIsRefusedAndChangesNothing() {
        Scene s = new Scene();
        String device = s.fx.device(s.rep.id(), s.item);
        String event = s.fx.caseHolding(s.rep, s.mercy, device);

        s.fx.close(s.rep.token(), event, BillingFixtures.signed(BillingFixtures.drawn(), null)).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:signature-required"))
                .body("field", equalTo("signatures.provider"));
        s.fx.close(s.rep.token(), event, BillingFixtures.signed(Map.of("drawn", "R0lGODlhAQABAAAAACw="),
                BillingFixtures.typed("Dr. Bailey"))).statusCode(422).body("field", equalTo("signatures.rep.drawn"));

        assertThat(s.fx.eventStatus(event)).isEqualTo("open");
        assertThat(s.fx.statusOf(device)).as("the device is not consumed").isEqualTo("active");
        s.fx.show(s.rep.token(), event).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDrawnAndATypedSignatureCloseTheEventWhichThePoCompletesAndAReopenVoids() {
        Scene s = new Scene();
        String first = s.fx.device(s.rep.id(), s.item);
        String second = s.fx.device(s.rep.id(), s.item);
        String event = s.fx.caseHolding(s.rep, s.mercy, first, second);

        List<Map<String, Object>> review = api.as(s.rep.token()).get(s.fx.billing("events/" + event + "/review")).then()
                .statusCode(200).body("billingApplies", equalTo(true)).body("total", equalTo(251.0f))
                .extract().path("lines");
        assertThat(review).hasSize(2).allSatisfy(l -> {
            assertThat(l).containsEntry("source", "list-price").containsEntry("unitPrice", 125.5f);
        });
        String overridden = (String) review.get(0).get("lineId");

        Map<String, Object> body = BillingFixtures.signed(BillingFixtures.drawn(), BillingFixtures.typed("Dr. Miranda Bailey"));
        body.put("lines", List.of(Map.of("lineId", overridden, "unitPrice", 99.999, "reason", "contract discount")));
        s.fx.close(s.rep.token(), event, body).statusCode(200)
                .body("status", equalTo("closed")).body("sale", equalTo(true)).body("pricesEdited", equalTo(true))
                .body("lines.find { it.lineId == '" + overridden + "' }.unitPrice", equalTo(100.0f))
                .body("lines.find { it.lineId == '" + overridden + "' }.overrideReason", equalTo("contract discount"))
                .body("total", equalTo(225.5f)).body("currency", equalTo("USD"))
                .body("signatures.find { it.party == 'rep' }.kind", equalTo("drawn"))
                .body("signatures.find { it.party == 'rep' }.imageBytes", equalTo(BillingFixtures.png().length))
                .body("signatures.find { it.party == 'provider' }.kind", equalTo("typed"))
                .body("signatures.find { it.party == 'provider' }.typedName", equalTo("Dr. Miranda Bailey"))
                .body("signatures.find { it.party == 'provider' }.signedBy", equalTo(s.rep.id()))
                .body("poNumber", nullValue());
        assertThat(s.fx.eventStatus(event)).isEqualTo("closed");
        assertThat(s.fx.statusOf(first)).as("single-use devices are consumed by the close").isEqualTo("inactive");

        s.fx.po(s.rep.token(), event, "PO-4711").statusCode(200).body("status", equalTo("completed"))
                .body("poNumber", equalTo("PO-4711"));
        s.fx.show(s.rep.token(), event).statusCode(200).body("status", equalTo("completed"));

        api.as(s.rep.token()).post(s.tenant.path("events/" + event + "/reopen")).then().statusCode(200)
                .body("status", equalTo("reopened"));
        s.fx.show(s.rep.token(), event).statusCode(404);
        assertThat(s.fx.history(event)).extracting(h -> h.get("action"))
                .containsExactly("closed", "price-overridden", "po-entered", "voided");

        // closed again: a new record (submission 2), the voided one stays in the history
        s.fx.closeTyped(s.rep.token(), event);
        s.fx.show(s.rep.token(), event).statusCode(200).body("submission", equalTo(2)).body("status", equalTo("closed"))
                .body("pricesEdited", equalTo(false));
        api.as(s.rep.token()).get(s.fx.billing("events/" + event + "/history")).then().statusCode(200)
                .body("action", hasItems("voided", "closed"));
    }

    @Test
    void aPlainSubmitOfABilledEventIsRefusedAndAnotherRepMayNotClose() {
        Scene s = new Scene();
        String event = s.fx.caseHolding(s.rep, s.mercy, s.fx.device(s.rep.id(), s.item));
        api.as(s.rep.token()).post(s.tenant.path("events/" + event + "/submit")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:sign-and-close-required"));
        assertThat(s.fx.eventStatus(event)).isEqualTo("open");

        Member stranger = s.fx.member("sales");
        s.fx.close(stranger.token(), event, BillingFixtures.signed(BillingFixtures.typed("X"), BillingFixtures.typed("Y")))
                .statusCode(403).contentType("application/problem+json");
        assertThat(s.fx.eventStatus(event)).isEqualTo("open");
        // an admin may close for the rep
        s.fx.closeTyped(s.tenant.adminToken(), event);
        assertThat(s.fx.eventStatus(event)).isEqualTo("closed");
    }

    @Test
    void aReplenishmentAtClosingIsAPendingTransferFromTheChosenCustodianOrARequestForPurchasing() {
        Scene s = new Scene();
        String depot = s.fx.custodianOnly("Depot");
        String spare = s.fx.device(depot, s.item);
        String event = s.fx.caseHolding(s.rep, s.mercy, s.fx.device(s.rep.id(), s.item));
        Map<String, Object> body = BillingFixtures.signed(BillingFixtures.typed("Rep"), BillingFixtures.typed("Provider"));
        body.put("replenish", Map.of("all", true, "fromCustodianId", s.rep.id()));
        s.fx.close(s.tenant.adminToken(), event, body).statusCode(422)
                .body("field", equalTo("replenish.fromCustodianId"));
        assertThat(s.fx.eventStatus(event)).isEqualTo("open");

        body.put("replenish", Map.of("all", true, "fromCustodianId", depot));
        s.fx.close(s.tenant.adminToken(), event, body).statusCode(200);
        List<Map<String, Object>> pending = api.as(s.tenant.adminToken()).queryParam("status", "pending")
                .get(s.tenant.path("inventory/transfers")).then().statusCode(200).extract().path("items");
        assertThat(pending).hasSize(1);
        assertThat(((Map<?, ?>) pending.get(0).get("from")).get("id")).isEqualTo(depot);
        assertThat(((Map<?, ?>) pending.get(0).get("to")).get("id")).isEqualTo(s.rep.id());
        assertThat(s.fx.history(event)).extracting(h -> h.get("action")).containsExactly("closed", "replenishment-transfer");
        assertThat((List<?>) pending.get(0).get("lines")).singleElement()
                .satisfies(line -> assertThat(((Map<?, ?>) line).get("deviceId")).isEqualTo(spare));

        String another = s.fx.caseHolding(s.rep, s.mercy, s.fx.device(s.rep.id(), s.item));
        body.put("replenish", Map.of("all", true));
        s.fx.close(s.rep.token(), another, body).statusCode(200);
        assertThat(s.fx.history(another)).extracting(h -> h.get("action")).containsExactly("closed", "replenishment-requested");
    }

    @Test
    void twoClosesOfOneEventAtOnceHaveExactlyOneWinner() throws Exception {
        Scene s = new Scene();
        String event = s.fx.caseHolding(s.rep, s.mercy, s.fx.device(s.rep.id(), s.item));
        int attempts = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<ExtractableResponse<Response>> results = new ArrayList<>();
        try {
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return s.fx.close(s.rep.token(), event, BillingFixtures.signed(BillingFixtures.typed("Rep"),
                            BillingFixtures.typed("Provider"))).extract();
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
        assertThat(results).filteredOn(r -> r.statusCode() != 200).hasSize(attempts - 1).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
        });
        assertThat(s.fx.history(event)).extracting(h -> h.get("action")).containsExactly("closed");
    }
}
