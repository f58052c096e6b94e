package org.consigna.server.facilitystock;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
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
 * Issue 12 §2 under concurrency: 50 parallel attempts to sell one device (stocking orders) or use it (cases), then 50
 * to use it once it is facility stock: exactly one wins each time, every other answer is a 409 problem, and the
 * ledger still folds to the stored state.
 */
class FacilityStockConcurrencyIT extends IntegrationTest {

    private static final int ATTEMPTS = 50;

    @Test
    void fiftyParallelAttemptsToSellOrUseOneDeviceHaveExactlyOneWinner() throws Exception {
        Api.Tenant tenant = api.newTenant("fsrace", "facility-stock");
        FacilityStockFixtures fx = new FacilityStockFixtures(api, tenant);
        Member rep = fx.member("sales");
        String item = fx.item(fx.productLine(), true);
        String mercy = fx.facility("Mercy");
        String device = fx.device(rep.id(), item);

        List<String> events = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            events.add(i % 2 == 0 ? fx.stockingOrder(rep.token(), rep.id(), mercy) : fx.caseAt(rep.token(), rep.id(), mercy));
        }
        List<ExtractableResponse<Response>> sellOrUse = race(fx, rep, events, device);
        assertExactlyOneWinner(sellOrUse);
        String winner = events.get(winnerIndex(sellOrUse));
        fx.inventory.verifyConsistent();

        // whoever won gives it back; a stocking order then sells it, and 50 cases race to use it
        String line = sellOrUse.get(winnerIndex(sellOrUse)).path("id");
        api.as(rep.token()).post(tenant.path("events/" + winner + "/lines/" + line + "/remove")).then().statusCode(200);
        fx.sell(rep.token(), rep.id(), mercy, List.of(device));
        assertThat(fx.statusOf(device)).isEqualTo("facility_stock");
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            cases.add(fx.caseAt(rep.token(), rep.id(), mercy));
        }
        List<ExtractableResponse<Response>> use = race(fx, rep, cases, device);
        assertExactlyOneWinner(use);
        fx.submit(rep.token(), cases.get(winnerIndex(use)));
        assertThat(fx.statusOf(device)).isEqualTo("inactive");
        fx.inventory.verifyConsistent();
    }

    private List<ExtractableResponse<Response>> race(FacilityStockFixtures fx, Member rep, List<String> events,
                                                     String device) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (String event : events) {
                Callable<ExtractableResponse<Response>> attempt = () -> {
                    start.await();
                    return fx.mark(rep.token(), event, device, "used").extract();
                };
                futures.add(pool.submit(attempt));
            }
            start.countDown();
            List<ExtractableResponse<Response>> results = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static void assertExactlyOneWinner(List<ExtractableResponse<Response>> results) {
        assertThat(results).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(results).filteredOn(r -> r.statusCode() != 201).hasSize(ATTEMPTS - 1).allSatisfy(r -> {
            assertThat(r.statusCode()).isIn(409, 422);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.<String>path("detail")).isNotBlank();
        });
    }

    private static int winnerIndex(List<ExtractableResponse<Response>> results) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).statusCode() == 201) {
                return i;
            }
        }
        throw new AssertionError("no winner");
    }
}
