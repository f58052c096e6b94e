import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inventory benchmark, against a running server: (1) one receipt of 10,000 serialized devices (lines
 * form and serials short form), (2) 100,000 more in receipts of 10,000, (3) SEED devices written in
 * bulk with SQL (psql) into the tenant's schema, with their ledger rows and balances, then device
 * searches, p50/p95 per kind and overall, (4) transfer create+accept with CLIENTS concurrent clients.
 * Prints figures; asserts nothing. Run: java bench/InventoryBench.java BASE_URL KEYCLOAK_URL DB_NAME
 * [CLIENTS] [SECONDS] [SEED]
 */
public class InventoryBench {

    /** HTTP/1.1 with keep-alive, as a gateway or another service calls the API (no h2c upgrade). */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static String keycloak;
    static String api;
    static String adminEmail;
    static String adminSecret;

    public static void main(String[] args) throws Exception {
        api = args[0].replaceAll("/+$", "") + "/api/";
        keycloak = args[1].replaceAll("/+$", "");
        String database = args[2];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int seed = args.length > 5 ? Integer.parseInt(args[5]) : 1_000_000;

        String tenant = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        adminEmail = "admin@" + tenant + ".test";
        String operator = password("operator", "operator");
        send("POST", api + "platform/tenants", operator, "{\"id\":\"" + tenant + "\",\"displayName\":\"Bench\",\"admin\":"
                + "{\"email\":\"" + adminEmail + "\",\"firstName\":\"Bench\",\"lastName\":\"Admin\"}}", 201);
        adminSecret = setPassword(adminEmail);
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
        String salesSecret = setPassword(salesEmail);
        long seeded = System.nanoTime();
        Seed.run(database, "t_" + tenant.replace('-', '_'), seed, items, locations, distributor, sales);
        System.out.printf("seed           %,d devices with ledger rows and balances in %d s (SQL, in bulk)%n", seed,
                (System.nanoTime() - seeded) / 1_000_000_000);
        Search.run(t, admin(), password(salesEmail, salesSecret), items, locations, distributor);

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
        return password(adminEmail, adminSecret);
    }

    static String password(String user, String password) throws Exception {
        String body = "grant_type=password&client_id=consigna-cli&scope=" + enc("openid organization")
                + "&username=" + enc(user) + "&password=" + enc(password);
        return field(form(keycloak + "/realms/consigna/protocol/openid-connect/token", body), "access_token");
    }

    /** Gives a user the platform created a known password through the Keycloak admin API. */
    static String setPassword(String email) throws Exception {
        String service = field(form(keycloak + "/realms/consigna/protocol/openid-connect/token",
                "grant_type=client_credentials&client_id=" + env("KEYCLOAK_ADMIN_CLIENT_ID", "consigna-admin")
                        + "&client_secret=" + env("KEYCLOAK_ADMIN_CLIENT_SECRET", "consigna-admin-secret")), "access_token");
        String users = send("GET", keycloak + "/admin/realms/consigna/users?exact=true&username=" + enc(email), service, null, 200);
        String secret = "Bench-" + UUID.randomUUID();
        send("PUT", keycloak + "/admin/realms/consigna/users/" + field(users, "id") + "/reset-password", service,
                "{\"type\":\"password\",\"value\":\"" + secret + "\",\"temporary\":false}", 204);
        return secret;
    }

    static String send(String method, String url, String token, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body();
    }

    /** POSTs, expects 201, and returns the id at the end of the Location header (JSON-B orders fields by name). */
    static String created(String url, String token, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static String form(String url, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The first value of a string field in a JSON text (enough for the ids this client reads). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No '" + name + "' in " + json.substring(0, Math.min(300, json.length())));
        }
        return m.group(1);
    }

    static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void log(String format, Object... args) {
        System.err.printf("bench-inventory: " + format + "%n", args);
    }

    static double ms(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}

/**
 * Writes devices, their "received" ledger rows (with running balances, in ledger order) and the balances
 * straight into the tenant's schema with psql, for custodians that hold nothing yet: the ledger check stays green.
 */
class Seed {

    static void run(String database, String schema, int count, List<String> items, List<String> locations, String distributor,
                    String sales) throws Exception {
        List<String> custodians = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        locations.forEach(l -> { custodians.add(l); kinds.add("location"); });
        custodians.add(distributor);
        kinds.add("member");
        custodians.add(sales);
        kinds.add("member");
        String sql = """
            \\set ON_ERROR_STOP on
            BEGIN;
            CREATE TEMP TABLE seed ON COMMIT DROP AS
            SELECT g, gen_random_uuid() AS id, (ARRAY[%1$s]::uuid[])[1 + g %% %2$d] AS item_id,
                   CASE WHEN g %% 10 = 0 THEN NULL ELSE 'SEED-' || g END AS serial,
                   CASE WHEN g %% 10 = 0 THEN 'LOT-' || (g %% 997) END AS lot,
                   CASE WHEN g %% 10 = 0 THEN 1 + g %% 20 ELSE 1 END AS quantity,
                   CASE WHEN g %% 13 = 0 THEN NULL ELSE DATE '2025-06-01' + (g %% 2200) END AS expiry,
                   (ARRAY[%3$s]::uuid[])[1 + (g / 7) %% %4$d] AS custodian_id,
                   (ARRAY[%5$s]::varchar[])[1 + (g / 7) %% %4$d] AS custodian_kind,
                   now() - make_interval(secs => %6$d - g) AS received_at
            FROM generate_series(1, %6$d) g;
            INSERT INTO %7$s.device (id, item_id, serial, lot, expiry, quantity, custodian_id, custodian_kind, status, received_at, updated_at)
            SELECT id, item_id, serial, lot, expiry, quantity, custodian_id, custodian_kind, 'active', received_at, received_at FROM seed;
            INSERT INTO %7$s.ledger_entry (id, occurred_at, type, actor_id, device_id, item_id, lot, serial, quantity,
                   to_custodian_id, to_custodian_kind, status, balance, source_type, source_id, reference)
            SELECT gen_random_uuid(), received_at, 'received', custodian_id, id, item_id, lot, serial, quantity, custodian_id,
                   custodian_kind, 'active', sum(quantity) OVER (PARTITION BY custodian_id, item_id, coalesce(lot, '') ORDER BY g),
                   'seed', 'bench', NULL
            FROM seed ORDER BY g;
            INSERT INTO %7$s.stock_balance (custodian_id, custodian_kind, item_id, lot, facility_id, quantity, updated_at)
            SELECT custodian_id, min(custodian_kind), item_id, coalesce(lot, ''), NULL, sum(quantity), now() FROM seed
            GROUP BY custodian_id, item_id, coalesce(lot, '')
            ON CONFLICT ON CONSTRAINT uq_stock_balance DO UPDATE SET quantity = %7$s.stock_balance.quantity + EXCLUDED.quantity;
            INSERT INTO %7$s.device_tag (device_id, tag, added_by, added_at)
            SELECT id, 'recall-' || ((g / 100) %% 5), custodian_id, now() FROM seed WHERE g %% 100 = 0;
            COMMIT;
            ANALYZE %7$s.device;
            ANALYZE %7$s.device_tag;
            ANALYZE %7$s.item;
            ANALYZE %7$s.stock_balance;
            """.formatted(quoted(items), items.size(), quoted(custodians), custodians.size(), quoted(kinds), count, schema);
        Process psql = new ProcessBuilder("psql", "-h", "localhost", "-U", InventoryBench.env("DB_USER", "postgres"),
                "-d", database, "-q").redirectErrorStream(true).start();
        psql.getOutputStream().write(sql.getBytes(StandardCharsets.UTF_8));
        psql.getOutputStream().close();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (psql.waitFor() != 0 || output.contains("ERROR")) {
            throw new IllegalStateException("seeding failed: " + output);
        }
    }

    static String quoted(List<String> values) {
        return String.join(",", values.stream().map(v -> "'" + v + "'").toList());
    }
}

/** Device searches of the kinds the UI sends, each repeated; latency measured at the client. */
class Search {

    static void run(String t, String admin, String sales, List<String> items, List<String> locations, String distributor)
            throws Exception {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("newest first (no filter)", "devices?limit=50");
        kinds.put("custodian", "devices?limit=50&custodian=%s");
        kinds.put("item + custodian", "devices?limit=50&item=%s&custodian=%s");
        kinds.put("serial", "devices?serial=SEED-%d");
        kinds.put("lot", "devices?limit=50&lot=LOT-%d");
        kinds.put("expiring in 30 days", "devices?limit=50&expiringWithin=30&sort=expiry");
        kinds.put("tag", "devices?limit=50&tag=recall-%d");
        kinds.put("free text", "devices?limit=50&q=seed-12%d");
        kinds.put("inactive included, by item", "devices?limit=50&includeDeactivated=true&item=%s");
        kinds.put("sales user (own + linked)", "devices?limit=50");
        kinds.put("next page (cursor)", "devices?limit=50&custodian=%s&after=%s");
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 2; round++) {
            boolean measured = round == 1;
            List<Long> all = new ArrayList<>();
            for (Map.Entry<String, String> kind : kinds.entrySet()) {
                List<Long> samples = new ArrayList<>();
                for (int i = 0; i < (measured ? 40 : 10); i++) {
                    String path = switch (kind.getKey()) {
                        case "custodian" -> kind.getValue().formatted(pick(random, locations));
                        case "item + custodian" -> kind.getValue().formatted(pick(random, items), pick(random, locations));
                        case "serial" -> kind.getValue().formatted(1 + random.nextInt(999_999));
                        case "lot" -> kind.getValue().formatted(random.nextInt(997));
                        case "tag" -> kind.getValue().formatted(random.nextInt(5));
                        case "free text" -> kind.getValue().formatted(random.nextInt(10));
                        case "inactive included, by item" -> kind.getValue().formatted(pick(random, items));
                        case "next page (cursor)" -> {
                            String location = pick(random, locations);
                            String first = InventoryBench.send("GET", t + "devices?limit=50&custodian=" + location, admin, null, 200);
                            yield kind.getValue().formatted(location, InventoryBench.field(first, "next"));
                        }
                        default -> kind.getValue();
                    };
                    String token = kind.getKey().startsWith("sales") ? sales : admin;
                    long start = System.nanoTime();
                    InventoryBench.send("GET", t + path, token, null, 200);
                    samples.add(System.nanoTime() - start);
                }
                if (measured) {
                    long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
                    System.out.printf("search  %-28s p50 %6.1f ms  p95 %6.1f ms%n", kind.getKey(), InventoryBench.ms(sorted, 50),
                            InventoryBench.ms(sorted, 95));
                    all.addAll(samples);
                }
            }
            if (measured) {
                long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("search-all     p50 %.1f ms  p95 %.1f ms  (%d searches, one at a time; goal p95 < 50 ms)%n",
                        InventoryBench.ms(sorted, 50), InventoryBench.ms(sorted, 95), sorted.length);
            }
        }
    }

    static String pick(java.util.Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}

/** Transfer create + accept, CLIENTS at once, each between two locations of its own (no shared balance rows). */
class Transfers {

    static void run(String t, int clients, int seconds) throws Exception {
        String token = InventoryBench.admin();
        List<String[]> pairs = new ArrayList<>();
        List<List<String>> devices = new ArrayList<>();
        String item = InventoryBench.field(InventoryBench.send("GET", t + "items", token, null, 200), "id");
        for (int c = 0; c < clients; c++) {
            String a = InventoryBench.location(t, "Transfer A" + c);
            String b = InventoryBench.location(t, "Transfer B" + c);
            pairs.add(new String[] {a, b});
            StringBuilder serials = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                serials.append(i == 0 ? "" : ",").append("\"X").append(c).append('-').append(i).append('"');
            }
            String received = InventoryBench.send("POST", t + "receipts", token, "{\"custodianId\":\"" + a + "\",\"itemId\":\""
                    + item + "\",\"serials\":[" + serials + "]}", 201);
            Matcher ids = Pattern.compile("\"deviceIds\":\\[([^\\]]*)]").matcher(received);
            ids.find();
            devices.add(List.of(ids.group(1).replace("\"", "").split(",")));
        }
        long[][] next = new long[clients][2]; // per client: round, index
        Measured transfers = window(clients, WARMUP, seconds, c -> {
            String[] pair = pairs.get(c);
            List<String> mine = devices.get(c);
            long[] at = next[c];
            // Every device of the client crosses over, then comes back the next round.
            String to = pair[(int) ((at[0] + 1) % 2)];
            String created = InventoryBench.created(t + "transfers", token, "{\"toCustodianId\":\"" + to
                    + "\",\"lines\":[{\"deviceId\":\"" + mine.get((int) at[1]) + "\"}]}");
            InventoryBench.send("POST", t + "transfers/" + created + "/accept", token, null, 200);
            if (++at[1] == mine.size()) {
                at[1] = 0;
                at[0]++;
            }
        });
        // The same clients on a request that does no work (token, membership, tenant, role; no transaction).
        String ping = t.replace("/inventory/", "/ping");
        Measured noop = window(clients, 5, seconds, c -> InventoryBench.send("GET", ping, token, null, 200));
        double transfersPerSecond = transfers.sorted().length / (double) seconds;
        System.out.printf("transfers      %.0f transfers/s (create + accept; %.0f requests/s)  p50 %.1f ms  p99 %.1f ms"
                        + "  (%d clients, %d s after %d s warm-up, %d transfers, %d client failures)%n",
                transfersPerSecond, 2 * transfersPerSecond, InventoryBench.ms(transfers.sorted(), 50),
                InventoryBench.ms(transfers.sorted(), 99), clients, seconds, WARMUP, transfers.sorted().length, transfers.failures());
        System.out.printf("no-op          %.0f req/s  p50 %.1f ms  p99 %.1f ms  (GET /api/t/{tenant}/ping, same clients, %d s)%n",
                noop.sorted().length / (double) seconds, InventoryBench.ms(noop.sorted(), 50), InventoryBench.ms(noop.sorted(), 99),
                seconds);
    }

    /** Seconds of warm-up before a measured window: the JIT compilers of a fresh server are busy for a minute and more. */
    static final int WARMUP = 60;

    interface Step {
        void run(int client) throws Exception;
    }

    /** Latencies (ns, sorted) of the steps that ran in the measured window, and how many clients failed. */
    record Measured(long[] sorted, long failures) {
    }

    /** CLIENTS threads repeating their step: WARMUP seconds, then SECONDS measured. */
    static Measured window(int clients, int warmup, int seconds, Step step) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            new Thread(() -> {
                try {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        step.run(client);
                        if (measuring.get()) {
                            latencies.add(System.nanoTime() - start);
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        Thread.sleep(warmup * 1000L);
        measuring.set(true);
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        stop.set(true);
        done.await();
        return new Measured(latencies.stream().mapToLong(Long::longValue).sorted().toArray(), failures.get());
    }
}
