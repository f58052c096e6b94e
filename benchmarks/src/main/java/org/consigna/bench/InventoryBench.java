package org.consigna.bench;

import static org.consigna.bench.Http.env;
import static org.consigna.bench.Http.field;
import static org.consigna.bench.Http.number;
import static org.consigna.bench.Http.send;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Inventory benchmark, against a running server: (1) one receipt of 10,000 serialized devices (lines
 * form and serials short form), (2) 100,000 more in receipts of 10,000, (3) SEED devices written in
 * bulk with SQL (psql) into the tenant's schema, with their ledger rows and balances, then device
 * searches, p50/p95 per kind and overall, (4) transfer create+accept with CLIENTS concurrent clients.
 * Prints figures; asserts nothing. Run by bin/bench-inventory: BASE_URL KEYCLOAK_URL DB_NAME
 * [CLIENTS] [SECONDS] [SEED]
 */
public final class InventoryBench {

    static Keycloak keycloak;
    static String api;
    static String adminEmail;
    static String adminSecret;

    private InventoryBench() {
    }

    public static void main(String[] args) throws Exception {
        api = args[0].replaceAll("/+$", "") + "/api/";
        keycloak = new Keycloak(args[1]);
        String database = args[2];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int seed = args.length > 5 ? Integer.parseInt(args[5]) : 1_000_000;

        String tenant = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        adminEmail = "admin@" + tenant + ".test";
        String operator = keycloak.password("operator", "operator");
        send("POST", api + "platform/tenants", operator, "{\"id\":\"" + tenant + "\",\"displayName\":\"Bench\",\"admin\":"
                + "{\"email\":\"" + adminEmail + "\",\"firstName\":\"Bench\",\"lastName\":\"Admin\"}}", 201);
        adminSecret = keycloak.setPassword(adminEmail);
        String t = api + "t/" + tenant + "/inventory/";
        String line = field(send("POST", t + "product-lines", admin(), "{\"name\":\"Bench line\"}", 201), "id");
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(field(send("POST", t + "items", admin(), "{\"productLineId\":\"" + line + "\",\"catalogNumber\":\"BENCH-"
                    + i + "\",\"description\":\"Pedicle screw " + (40 + i) + " mm\",\"tracking\":\"serial\",\"singleUse\":true}", 201), "id"));
        }
        String warehouse = location(t, "Receiving dock");
        log("tenant %s ready", tenant);

        // 1. One receipt of 10,000, in both request forms.
        long linesMs = timeReceipt(t, warehouse, items.get(0), "L", 10_000, false);
        long serialsMs = timeReceipt(t, warehouse, items.get(0), "S", 10_000, true);
        // 2. 100,000 in receipts of 10,000.
        long start = System.nanoTime();
        for (int batch = 0; batch < 10; batch++) {
            timeReceipt(t, warehouse, items.get(1 + batch % 5), "B" + batch + "-", 10_000, false);
        }
        long batchesMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("receive-10k    lines form %d ms, serials form %d ms  (one request, 10,000 serialized devices; goal < 2,000 ms)%n",
                linesMs, serialsMs);
        System.out.printf("receive-100k   %d ms  (10 receipts of 10,000, lines form, one after another; goal < 15,000 ms)%n", batchesMs);

        // 3. Seed in bulk, then search.
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            locations.add(location(t, "Site " + i));
        }
        String distributor = member(api + "t/" + tenant + "/", "distributor", tenant);
        String salesEmail = "sales@" + tenant + ".test";
        String sales = memberWithEmail(api + "t/" + tenant + "/", "sales", salesEmail);
        send("POST", api + "t/" + tenant + "/sharing-links", admin(), "{\"distributorId\":\"" + distributor + "\",\"salesId\":\""
                + sales + "\"}", 201);
        String salesSecret = keycloak.setPassword(salesEmail);
        long seeded = System.nanoTime();
        Seed.run(database, "t_" + tenant.replace('-', '_'), seed, items, locations, distributor, sales);
        System.out.printf("seed           %,d devices with ledger rows and balances in %d s (SQL, in bulk)%n", seed,
                (System.nanoTime() - seeded) / 1_000_000_000);
        Search.run(t, admin(), keycloak.password(salesEmail, salesSecret), items, locations, distributor);

        // Ledger check over everything (admin endpoint), for the record.
        start = System.nanoTime();
        String verify = send("GET", t + "ledger/verify", admin(), null, 200);
        System.out.printf("ledger-check   %d ms over %s entries, consistent=%s%n", (System.nanoTime() - start) / 1_000_000,
                number(verify, "entries"), verify.contains("\"consistent\":true"));

        // 4. Transfers, each client between two locations of its own.
        Transfers.run(t, clients, seconds);
    }

    static long timeReceipt(String t, String custodian, String item, String prefix, int count, boolean shortForm) throws Exception {
        StringBuilder body = new StringBuilder("{\"custodianId\":\"" + custodian + "\",\"itemId\":\"" + item
                + "\",\"expiry\":\"2031-06-30\",\"" + (shortForm ? "serials" : "lines") + "\":[");
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < count; i++) {
            String serial = prefix + run + "-" + i;
            body.append(i == 0 ? "" : ",").append(shortForm ? "\"" + serial + "\"" : "{\"serial\":\"" + serial + "\"}");
        }
        String token = admin();
        long start = System.nanoTime();
        send("POST", t + "receipts", token, body.append("]}").toString(), 201);
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String location(String t, String name) throws Exception {
        return field(send("POST", t + "locations", admin(), "{\"name\":\"" + name + "\",\"kind\":\"warehouse\"}", 201), "id");
    }

    static String member(String t, String role, String tenant) throws Exception {
        return memberWithEmail(t, role, role + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + tenant + ".test");
    }

    static String memberWithEmail(String t, String role, String email) throws Exception {
        String created = send("POST", t + "members", admin(), "{\"email\":\"" + email + "\",\"firstName\":\"Bench\",\"lastName\":\""
                + role + "\",\"role\":\"" + role + "\"}", 201);
        return field(created, "id");
    }

    /** The admin's token, fetched afresh (access tokens live minutes; the benchmark runs longer). */
    static String admin() throws Exception {
        return keycloak.password(adminEmail, adminSecret);
    }


    static void log(String format, Object... args) {
        System.err.printf("bench-inventory: " + format + "%n", args);
    }
}
