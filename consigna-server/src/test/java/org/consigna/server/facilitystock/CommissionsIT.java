package org.consigna.server.facilitystock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Commissions against real submits and reopens: rates per rep and per rep and surgeon, the split of facility stock
 * between the rep who sold it and the rep who covered the case, the no-commission flag, reversal on reopen, one
 * payment per line under concurrency, lists and CSV per rep and period. Items cost 125.50.
 */
class CommissionsIT extends IntegrationTest {

    /** A tenant with the facility-stock module, two reps, a facility, two surgeons and an implant item. */
    class Scene {
        final Api.Tenant tenant = api.newTenant("fscom", "facility-stock");
        final CommissionFixtures fx = new CommissionFixtures(api, tenant);
        final Member rep = fx.member("sales");
        final Member other = fx.member("sales");
        final String implant = fx.item(fx.productLine(), true);
        final String facility = fx.facility("Mercy");
        final String shepherd = fx.surgeon("Shepherd");
        final String grey = fx.surgeon("Grey");

        String submittedCase(Member representative, String surgeon) {
            String event = fx.caseWith(representative.token(), representative.id(), facility, surgeon,
                    fx.device(representative.id(), implant));
            fx.submit(representative.token(), event);
            return event;
        }
    }

    @Test
    void aRepEarnsTheirRateAndTheirRateForTheCasesSurgeonWins() {
        Scene s = new Scene();
        s.fx.setRate(s.rep.id(), null, "10").statusCode(200).body("ratePercent", equalTo(10.0f));
        s.fx.setRate(s.rep.id(), s.shepherd, "15").statusCode(200);

        String withShepherd = s.submittedCase(s.rep, s.shepherd);
        String withGrey = s.submittedCase(s.rep, s.grey);
        String byRepWithoutRate = s.submittedCase(s.other, s.shepherd);

        assertThat(s.fx.linesOf(withShepherd)).singleElement().satisfies(l -> {
            assertThat(l).containsEntry("repId", s.rep.id()).containsEntry("role", "representative")
                    .containsEntry("kind", "earned").containsEntry("paid", false);
            assertThat(decimal(l.get("ratePercent"))).isEqualByComparingTo("15");
            assertThat(decimal(l.get("baseAmount"))).isEqualByComparingTo("125.50");
            assertThat(decimal(l.get("amount"))).isEqualByComparingTo("18.83");
        });
        assertThat(s.fx.linesOf(withGrey)).singleElement()
                .satisfies(l -> assertThat(decimal(l.get("amount"))).isEqualByComparingTo("12.55"));
        assertThat(s.fx.linesOf(byRepWithoutRate)).isEmpty();

        s.fx.setRate(s.rep.id(), null, "12").statusCode(200);
        List<Map<String, Object>> rates = api.as(s.tenant.adminToken()).get(s.fx.commissions("rates")).then()
                .statusCode(200).extract().path("items");
        assertThat(rates).hasSize(2).extracting(r -> decimal(r.get("ratePercent")).stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("12", "15");
    }

    @Test
    void ratesAndTheSplitAreRefusedClearly() {
        Scene s = new Scene();
        s.fx.setRate(s.rep.id(), null, "100.5").statusCode(400).contentType("application/problem+json");
        s.fx.setRate(s.rep.id(), null, "1.234").statusCode(400);
        s.fx.setRate(java.util.UUID.randomUUID().toString(), null, "5").statusCode(422)
                .body("type", equalTo("urn:consigna:problem:unknown-reference")).body("field", equalTo("repId"));
        s.fx.setRate(s.rep.id(), java.util.UUID.randomUUID().toString(), "5").statusCode(422)
                .body("field", equalTo("surgeonId"));
        api.as(s.rep.token()).body(Map.of("repId", s.rep.id(), "ratePercent", 50)).put(s.fx.commissions("rates")).then()
                .statusCode(403);
        s.fx.setSplit("60", "30").statusCode(422).body("type", equalTo("urn:consigna:problem:split-not-100"))
                .body("detail", containsString("must sum to 100"));
        api.as(s.rep.token()).get(s.fx.commissions("split")).then().statusCode(200)
                .body("sellerPercent", equalTo(50.0f)).body("coveringPercent", equalTo(50.0f));
        s.fx.setSplit("70", "30").statusCode(200);
        api.as(s.rep.token()).get(s.fx.commissions("split")).then().statusCode(200).body("sellerPercent", equalTo(70.0f));
    }

    @Test
    void facilityStockUsedInACaseAnotherRepCoversIsSplitBetweenSellerAndCoveringRep() {
        Scene s = new Scene();
        Member distributor = s.fx.member("distributor");
        s.fx.link(distributor, s.rep);
        s.fx.setRate(distributor.id(), null, "10").statusCode(200);
        s.fx.setRate(s.rep.id(), null, "6").statusCode(200);
        s.fx.setSplit("70", "30").statusCode(200);
        String sold = s.fx.device(distributor.id(), s.implant);
        String ownStock = s.fx.device(distributor.id(), s.implant);
        String order = s.fx.sell(distributor.token(), distributor.id(), s.facility, List.of(sold, ownStock));
        assertThat(s.fx.linesOf(order)).as("a stocking order earns when its stock is used").isEmpty();

        String covered = s.fx.caseWith(s.rep.token(), s.rep.id(), s.facility, s.grey, sold);
        s.fx.submit(s.rep.token(), covered);
        List<Map<String, Object>> lines = s.fx.linesOf(covered);
        assertThat(lines).hasSize(2);
        Map<String, Object> seller = lines.stream().filter(l -> "seller".equals(l.get("role"))).findFirst().orElseThrow();
        Map<String, Object> covering = lines.stream().filter(l -> "covering".equals(l.get("role"))).findFirst().orElseThrow();
        assertThat(seller).containsEntry("repId", distributor.id()).containsEntry("deviceId", sold);
        assertThat(decimal(seller.get("sharePercent"))).isEqualByComparingTo("70");
        assertThat(decimal(seller.get("amount"))).isEqualByComparingTo("8.79");
        assertThat(covering).containsEntry("repId", s.rep.id());
        assertThat(decimal(covering.get("sharePercent"))).isEqualByComparingTo("30");
        assertThat(decimal(covering.get("amount"))).isEqualByComparingTo("2.26");

        String ownCase = s.fx.caseWith(distributor.token(), distributor.id(), s.facility, s.grey, ownStock);
        s.fx.submit(distributor.token(), ownCase);
        assertThat(s.fx.linesOf(ownCase)).singleElement().satisfies(l -> {
            assertThat(l).containsEntry("repId", distributor.id()).containsEntry("role", "representative");
            assertThat(decimal(l.get("amount"))).isEqualByComparingTo("12.55");
        });
    }

    @Test
    void anEventFlaggedNoCommissionEarnsNothing() {
        Scene s = new Scene();
        s.fx.setRate(s.rep.id(), null, "10").statusCode(200);
        String event = s.fx.caseWith(s.rep.token(), s.rep.id(), s.facility, s.grey, s.fx.device(s.rep.id(), s.implant));
        api.as(s.tenant.adminToken()).get(s.fx.commissions("events/" + event)).then().statusCode(200)
                .body("noCommission", equalTo(false));
        api.as(s.rep.token()).body(Map.of("noCommission", true)).put(s.fx.commissions("events/" + event)).then()
                .statusCode(403);
        api.as(s.tenant.adminToken()).body(Map.of("noCommission", true, "reason", "Demo case"))
                .put(s.fx.commissions("events/" + event)).then().statusCode(200).body("noCommission", equalTo(true))
                .body("reason", equalTo("Demo case"));
        api.as(s.tenant.adminToken()).body(Map.of("noCommission", true))
                .put(s.fx.commissions("events/" + java.util.UUID.randomUUID())).then().statusCode(404);

        s.fx.submit(s.rep.token(), event);
        assertThat(s.fx.linesOf(event)).isEmpty();

        String unflagged = s.submittedCase(s.rep, s.grey);
        assertThat(s.fx.linesOf(unflagged)).hasSize(1);
    }

    @Test
    void reopeningReversesTheLinesAndResubmittingEarnsAgain() {
        Scene s = new Scene();
        s.fx.setRate(s.rep.id(), null, "10").statusCode(200);
        String event = s.submittedCase(s.rep, s.grey);
        Map<String, Object> earned = s.fx.linesOf(event).get(0);

        s.fx.reopen(s.rep.token(), event);
        List<Map<String, Object>> afterReopen = s.fx.linesOf(event);
        assertThat(afterReopen).hasSize(2);
        Map<String, Object> reversal = afterReopen.stream().filter(l -> "reversal".equals(l.get("kind"))).findFirst()
                .orElseThrow();
        assertThat(reversal).containsEntry("reversesId", earned.get("id")).containsEntry("repId", s.rep.id());
        assertThat(decimal(reversal.get("amount"))).isEqualByComparingTo("-12.55");

        s.fx.submit(s.rep.token(), event);
        List<Map<String, Object>> resubmitted = s.fx.linesOf(event);
        assertThat(resubmitted).hasSize(3);
        assertThat(resubmitted.get(0)).containsEntry("kind", "earned").containsEntry("submission", 2);

        s.fx.reopen(s.rep.token(), event);
        List<Map<String, Object>> all = s.fx.linesOf(event);
        assertThat(all).hasSize(4);
        assertThat(all.stream().map(l -> decimal(l.get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("0");
    }

    @Test
    void aLineIsPaidOnceEvenWhenTwentyAdminsPayItAtOnce() throws Exception {
        Scene s = new Scene();
        s.fx.setRate(s.rep.id(), null, "10").statusCode(200);
        String lineId = (String) s.fx.linesOf(s.submittedCase(s.rep, s.grey)).get(0).get("id");
        api.as(s.rep.token()).post(s.fx.commissions("lines/" + lineId + "/payment")).then().statusCode(403);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<ExtractableResponse<Response>> results = new ArrayList<>();
        try {
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String reference = "PAY-" + i;
                Callable<ExtractableResponse<Response>> pay = () -> {
                    start.await();
                    return api.as(s.tenant.adminToken()).body(Map.of("reference", reference))
                            .post(s.fx.commissions("lines/" + lineId + "/payment")).then().extract();
                };
                futures.add(pool.submit(pay));
            }
            start.countDown();
            for (Future<ExtractableResponse<Response>> f : futures) {
                results.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(results).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        assertThat(results).filteredOn(r -> r.statusCode() == 409).hasSize(19)
                .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
        String winner = results.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("paymentReference");

        Map<String, Object> line = api.as(s.tenant.adminToken()).queryParam("paid", true)
                .get(s.fx.commissions("lines")).then().statusCode(200).extract().path("items[0]");
        assertThat(line).containsEntry("id", lineId).containsEntry("paid", true).containsEntry("paymentReference", winner);
        assertThat(line.get("paidBy")).isNotNull();
        assertThat(line.get("paidAt")).isNotNull();
        api.as(s.tenant.adminToken()).queryParam("paid", false).get(s.fx.commissions("lines")).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void linesAndCsvPerRepAndPeriodAndARepSeesOnlyTheirOwn() {
        Scene s = new Scene();
        s.fx.setRate(s.rep.id(), null, "10").statusCode(200);
        s.fx.setRate(s.other.id(), null, "20").statusCode(200);
        s.submittedCase(s.rep, s.grey);
        s.submittedCase(s.rep, s.grey);
        s.submittedCase(s.other, s.grey);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String lastYear = LocalDate.now(ZoneOffset.UTC).minusYears(1).toString();

        api.as(s.tenant.adminToken()).queryParam("rep", s.rep.id()).queryParam("from", today).queryParam("to", today)
                .queryParam("limit", 1).get(s.fx.commissions("lines")).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("nextCursor", org.hamcrest.Matchers.notNullValue());
        String csv = api.as(s.tenant.adminToken()).queryParam("rep", s.rep.id()).queryParam("from", today)
                .queryParam("to", today).accept("text/csv").get(s.fx.commissions("lines/export")).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).startsWith("id,kind,rep_id,role,amount");
        assertThat(rows).hasSize(3);
        assertThat(rows.subList(1, 3)).allSatisfy(r -> assertThat(r).contains(s.rep.id()).contains(",12.55,"));
        String before = api.as(s.tenant.adminToken()).queryParam("rep", s.rep.id()).queryParam("from", lastYear)
                .queryParam("to", lastYear).accept("text/csv").get(s.fx.commissions("lines/export")).then().statusCode(200).extract().asString();
        assertThat(before.lines()).hasSize(1);

        api.as(s.other.token()).get(s.fx.commissions("lines")).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].repId", equalTo(s.other.id()));
        api.as(s.other.token()).queryParam("rep", s.rep.id()).get(s.fx.commissions("lines")).then().statusCode(403);
        api.as(s.tenant.adminToken()).queryParam("from", "March").get(s.fx.commissions("lines")).then().statusCode(400)
                .body("parameter", equalTo("from"));
    }

    static BigDecimal decimal(Object number) {
        return new BigDecimal(number.toString());
    }
}
