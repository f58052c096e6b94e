package org.consigna.bench;

import static org.consigna.bench.Http.field;
import static org.consigna.bench.Http.number;
import static org.consigna.bench.Http.send;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Facility-stock dashboard benchmark, against a running server: a fresh tenant with the facility-stock module, reps,
 * facilities and priced items made through the API, then SEED facility-stock devices written in bulk with SQL
 * ({@link FacilityStockSeed}: devices, ledger, balances and the dashboard's rollups, consistent with each other);
 * then CLIENTS clients read the dashboard (groupBy facility, item, rep and month in turn, over the 12 months of 2026)
 * for SECONDS after WARMUP seconds, and the same clients read the no-op ping for scale; p50/p95/p99 of both. Prints
 * figures; asserts nothing. Run by bin/bench-facility-stock: BASE_URL KEYCLOAK_URL DB_NAME [CLIENTS] [SECONDS]
 * [WARMUP] [SEED]
 */
public final class FacilityStockBench {

    static final String[] GROUPS = {"facility", "item", "rep", "month"};

    private FacilityStockBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "") + "/api/";
        Keycloak keycloak = new Keycloak(args[1]);
        String database = args[2];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        int seed = args.length > 6 ? Integer.parseInt(args[6]) : 1_000_000;

        String tenant = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "admin@" + tenant + ".test";
        String operator = keycloak.password("operator", "operator");
        send("POST", base + "platform/tenants", operator, "{\"id\":\"" + tenant + "\",\"displayName\":\"Bench\",\"modules\":"
                + "[\"facility-stock\"],\"admin\":{\"email\":\"" + adminEmail + "\",\"firstName\":\"Bench\",\"lastName\":"
                + "\"Admin\"}}", 201);
        String secret = keycloak.setPassword(adminEmail);
        String admin = keycloak.password(adminEmail, secret);
        String t = base + "t/" + tenant + "/";

        List<String> reps = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            reps.add(field(send("POST", t + "members", admin, "{\"email\":\"rep" + i + "@" + tenant + ".test\",\"firstName\":"
                    + "\"Rep\",\"lastName\":\"" + i + "\",\"role\":\"sales\"}", 201), "id"));
        }
        List<String> facilities = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            facilities.add(field(send("POST", t + "events/facilities", admin, "{\"name\":\"Hospital " + i + "\"}", 201), "id"));
        }
        String line = field(send("POST", t + "inventory/product-lines", admin, "{\"name\":\"Bench line\"}", 201), "id");
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add(field(send("POST", t + "inventory/items", admin, "{\"productLineId\":\"" + line + "\",\"catalogNumber\":"
                    + "\"FS-" + i + "\",\"description\":\"Screw " + i + "\",\"tracking\":\"serial\",\"singleUse\":true,"
                    + "\"listPrice\":" + (50 + i) + ".25}", 201), "id"));
        }
        long seeded = System.nanoTime();
        FacilityStockSeed.run(database, "t_" + tenant.replace('-', '_'), seed, items, facilities, reps);
        System.out.printf("seed        %,d facility-stock devices (a third consumed) with ledger, balances and rollups in %d s"
                + " (SQL, in bulk)%n", seed, (System.nanoTime() - seeded) / 1_000_000_000);

        admin = keycloak.password(adminEmail, secret);
        String month = send("GET", t + "facility-stock/dashboard?from=2026-01&to=2026-12&groupBy=month", admin, null, 200);
        System.out.printf("dashboard   totals over 2026: sold %s units, consumed %s units (groups: %d months)%n",
                totalUnits(month, "sold"), totalUnits(month, "consumed"),
                month.split("\"key\"").length - 1);

        String[] token = {admin};
        long[] fetched = {System.nanoTime()};
        Window dashboard = Window.run(clients, warmup, seconds, c -> {
            int[] next = {c};
            return () -> {
                String group = GROUPS[next[0]++ % GROUPS.length];
                long start = System.nanoTime();
                send("GET", t + "facility-stock/dashboard?from=2026-01&to=2026-12&groupBy=" + group, fresh(token, fetched,
                        keycloak, adminEmail, secret), null, 200);
                return System.nanoTime() - start;
            };
        });
        Window ping = Window.run(clients, 5, seconds, c -> () -> {
            long start = System.nanoTime();
            send("GET", t + "ping", fresh(token, fetched, keycloak, adminEmail, secret), null, 200);
            return System.nanoTime() - start;
        });
        System.out.printf("dashboard   p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  %.0f req/s  (%d requests, %d client(s), %d s after"
                        + " %d s warm-up, groupBy facility/item/rep/month in turn, 12 months; goal p95 < 200 ms)%n",
                dashboard.ms(50), dashboard.ms(95), dashboard.ms(99), dashboard.perSecond(), dashboard.count(), clients,
                seconds, warmup);
        System.out.printf("no-op       p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  %.0f req/s  (GET /api/t/{tenant}/ping, same clients)%n",
                ping.ms(50), ping.ms(95), ping.ms(99), ping.perSecond());
        System.out.printf("ratio       %.1f  (dashboard p95 : no-op p95, same server, same run)%n", dashboard.ms(95) / ping.ms(95));
        long start = System.nanoTime();
        String verify = send("GET", t + "inventory/ledger/verify", fresh(token, fetched, keycloak, adminEmail, secret), null, 200);
        System.out.printf("ledger      check %d ms over %s entries, consistent=%s%n", (System.nanoTime() - start) / 1_000_000,
                number(verify, "entries"), verify.contains("\"consistent\":true"));
    }

    /** The admin's token, fetched again every two minutes (tokens live minutes; the benchmark runs longer). */
    static synchronized String fresh(String[] token, long[] fetched, Keycloak keycloak, String email, String secret)
            throws Exception {
        if (System.nanoTime() - fetched[0] > 120_000_000_000L) {
            token[0] = keycloak.password(email, secret);
            fetched[0] = System.nanoTime();
        }
        return token[0];
    }

    /** The units of a flow ({@code sold}, {@code consumed}) in the dashboard's totals. */
    private static String totalUnits(String json, String flow) {
        String totals = json.substring(json.indexOf("\"totals\""));
        return number(totals.substring(totals.indexOf("\"" + flow + "\"")), "units");
    }
}
