package org.consigna.server.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Issue 15 §5: two admins saving the same replenishment at once make one purchase order; the other is told why. */
class ReplenishmentConcurrencyIT extends IntegrationTest {

    private static final int ROUNDS = 4;
    private static final int ADMINS = 4;

    @Test
    void concurrentSavesOfOneNeedMakeExactlyOneOrder() throws Exception {
        Api.Tenant tenant = api.newTenant("purrace");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        String productLine = fx.productLine();
        String vendor = fx.vendor("Race Supply", null);
        String template = fx.template("Race");
        ExecutorService pool = Executors.newFixedThreadPool(ADMINS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String item = fx.countedItem(productLine);
                fx.supplies(vendor, item, "RS-" + round, 2.5, true);
                fx.templateLine(template, item, null, 3, 9);
                String office = fx.office("Office " + round);
                fx.recipient(office, template);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < ADMINS; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return fx.order(fx.admin(), office, item).extract().statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).as("round " + round).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
                assertThat(fx.line(office, item)).containsEntry("onOrder", 9).containsEntry("suggested", 0);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> orders = api.as(fx.admin()).get(fx.purchasing("purchase-orders")).then().statusCode(200)
                .extract().path("items");
        assertThat(orders).hasSize(ROUNDS);
    }
}
