package org.consigna.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.server.billing.PriceFixtures.price;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.consigna.server.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §2 under concurrency: parallel price-sheet uploads for one facility, and parallel assignments of different
 * price lists to one facility. Each answer is a success or a 409 problem; afterwards the facility has exactly one
 * current sheet and one current list, every success is in the history and nothing else is.
 */
class BillingPricesConcurrencyIT extends IntegrationTest {

    private static final int ATTEMPTS = 12;

    @Test
    void parallelUploadsAndAssignmentsLeaveOneCurrentSheetAndOneCurrentList() throws Exception {
        PriceFixtures fx = new PriceFixtures(api, api.newTenant("pricerace"));
        String item = (String) fx.newItem().get("id");
        String mercy = fx.facility("Mercy");

        List<ExtractableResponse<Response>> uploads = race(ATTEMPTS, i -> fx.upload(fx.admin(), mercy, "sheet-" + i + ".csv",
                "itemId,unitPrice\n" + item + "," + (100 + i) + "\n").extract());
        List<String> uploaded = winners(uploads, 201);
        Map<String, Object> history = api.as(fx.admin()).queryParam("limit", 200)
                .get(fx.billing("facilities/" + mercy + "/price-sheets")).then().statusCode(200).extract().as(Map.class);
        List<Map<String, Object>> sheets = (List<Map<String, Object>>) history.get("items");
        assertThat(sheets).extracting(s -> (String) s.get("id")).containsExactlyInAnyOrderElementsOf(uploaded);
        assertThat(sheets).filteredOn(s -> Boolean.TRUE.equals(s.get("current"))).hasSize(1);
        assertThat(sheets).filteredOn(s -> Boolean.FALSE.equals(s.get("current")))
                .allSatisfy(s -> assertThat(uploaded).contains((String) s.get("replacedBy")));
        String current = sheets.stream().filter(s -> Boolean.TRUE.equals(s.get("current"))).findFirst().orElseThrow()
                .get("id").toString();
        assertThat(sheets.get(0).get("id")).as("the current sheet is the newest").isEqualTo(current);
        String expected = ((List<Map<String, Object>>) api.as(fx.admin())
                .get(fx.billing("facilities/" + mercy + "/price-sheets/" + current)).then().statusCode(200).extract()
                .as(Map.class).get("lines")).get(0).get("unitPrice").toString();
        fx.prices(fx.admin(), mercy, item).statusCode(200)
                .body("priceSheetId", org.hamcrest.Matchers.equalTo(current))
                .body("prices[0].source", org.hamcrest.Matchers.equalTo("contract"))
                .body("prices[0].unitPrice", org.hamcrest.Matchers.comparesEqualTo(new java.math.BigDecimal(expected)));

        List<String> lists = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            lists.add(fx.priceList("List " + i, List.of(price(item, String.valueOf(50 + i)))));
        }
        List<ExtractableResponse<Response>> assigns = race(ATTEMPTS, i -> fx.assign(lists.get(i), mercy).extract());
        assertThat(winners(assigns, 200)).isNotEmpty();
        int currentLists = 0;
        int assignments = 0;
        for (String list : lists) {
            Map<String, Object> shown = api.as(fx.admin()).get(fx.billing("price-lists/" + list)).then().statusCode(200)
                    .extract().as(Map.class);
            currentLists += ((List<?>) shown.get("facilities")).size();
            assignments += ((List<?>) shown.get("assignments")).size();
        }
        assertThat(currentLists).as("one current list for the facility").isEqualTo(1);
        assertThat(assignments).as("one assignment per success").isEqualTo(winners(assigns, 200).size());
    }

    /** The ids answered by the successes; every other answer must be a 409 problem. */
    private static List<String> winners(List<ExtractableResponse<Response>> answers, int success) {
        List<String> ids = new ArrayList<>();
        for (ExtractableResponse<Response> answer : answers) {
            if (answer.statusCode() == success) {
                ids.add(answer.path("id"));
            } else {
                assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(409);
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(ids).isNotEmpty();
        return ids;
    }

    private interface Attempt {
        ExtractableResponse<Response> run(int index);
    }

    private static List<ExtractableResponse<Response>> race(int attempts, Attempt attempt) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int index = i;
                Callable<ExtractableResponse<Response>> call = () -> {
                    start.await();
                    return attempt.run(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<ExtractableResponse<Response>> results = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
