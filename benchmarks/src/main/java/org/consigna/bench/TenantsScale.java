package org.consigna.bench;

import static org.consigna.bench.Http.created;
import static org.consigna.bench.Http.field;
import static org.consigna.bench.Http.send;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Many tenants on one server, through the public API only. (1) Provisions N tenants bench-scale-0001.. with
 * PROVISION_CLIENTS at once (POST /api/platform/tenants, operator token) and prints the client-side median, p90
 * and max per tenant and the total. (2) Gives each its data: the first admin's password (Keycloak admin client),
 * a custodian-only representative, a product line, a single-use serial item, two locations, DEVICES devices
 * received by the representative (to mark used) and 4 by the first location (to transfer), a facility and a
 * surgeon. (3) A mixed load: LOAD_CLIENTS clients, each over its own share of ALL tenants round-robin (so no two
 * clients write one tenant at once), each visit one of: a read of the tenant's devices (GET inventory/devices,
 * first page), a mark used (a line added to the tenant's open case; a new case every 10 lines) or a transfer
 * created and accepted (one device between the two locations), the kind turning every pass. WARMUP s, then SECONDS
 * measured: every request's latency; prints req/s, p50/p99/max overall and per request kind, and how many
 * tenants the load touched. Tokens (one per tenant admin, 5-minute lifetime) are fetched outside the timed
 * requests. Run by bin/bench-tenants: BASE_URL KEYCLOAK_URL N [PROVISION_CLIENTS] [LOAD_CLIENTS] [WARMUP]
 * [SECONDS] [DEVICES]
 */
public final class TenantsScale {

    static final int LINES = 10;
    static final int TRANSFER_DEVICES = 4;

    /** One tenant: its admin's session and the ids the load needs; used by one client at a time. */
    static final class Tenant {
        final String id;
        final String email;
        String secret;
        String token;
        long tokenAt;
        String rep;
        String item;
        String facility;
        String surgeon;
        String caseType;
        String[] locations = new String[2];
        List<String> markDevices = List.of();
        List<String> transferDevices = List.of();
        boolean[] atSecond = new boolean[TRANSFER_DEVICES];
        int marked;
        int transfers;
        String openCase;

        Tenant(String id) {
            this.id = id;
            this.email = "admin@" + id + ".consigna.test";
        }

        String token(Keycloak keycloak, long maxAgeMillis) throws Exception {
            if (token == null || System.currentTimeMillis() - tokenAt > maxAgeMillis) {
                token = keycloak.password(email, secret);
                tokenAt = System.currentTimeMillis();
            }
            return token;
        }
    }

    private TenantsScale() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "") + "/api/";
        Keycloak keycloak = new Keycloak(args[1]);
        int n = Integer.parseInt(args[2]);
        int provisionClients = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int loadClients = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        int seconds = args.length > 6 ? Integer.parseInt(args[6]) : 60;
        int devices = args.length > 7 ? Integer.parseInt(args[7]) : Math.max(10, 100 * (warmup + seconds) / n + 10);

        List<Tenant> tenants = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            tenants.add(new Tenant(String.format("bench-scale-%04d", i)));
        }

        // 1. Provisioning, the operator's token renewed every two minutes (tokens live five).
        AtomicReference<String> operator = new AtomicReference<>(keycloak.password("operator", "operator"));
        long[] operatorAt = {System.currentTimeMillis()};
        long[] provisionMs = new long[n];
        long start = System.nanoTime();
        parallel(provisionClients, n, i -> {
            synchronized (operatorAt) {
                if (System.currentTimeMillis() - operatorAt[0] > 120_000) {
                    operator.set(keycloak.password("operator", "operator"));
                    operatorAt[0] = System.currentTimeMillis();
                }
            }
            Tenant t = tenants.get(i);
            long begin = System.nanoTime();
            send("POST", base + "platform/tenants", operator.get(), "{\"id\":\"" + t.id + "\",\"displayName\":\"Bench-scale "
                    + (i + 1) + "\",\"timeZone\":\"Europe/Berlin\",\"currency\":\"EUR\",\"admin\":{\"email\":\"" + t.email
                    + "\",\"firstName\":\"Bench\",\"lastName\":\"Admin " + (i + 1) + "\"}}", 201);
            provisionMs[i] = (System.nanoTime() - begin) / 1_000_000;
        }, "provisioned");
        long provisionTotal = (System.nanoTime() - start) / 1_000_000;
        long[] sortedProvision = provisionMs.clone();
        Arrays.sort(sortedProvision);
        System.out.printf("provision  %d tenants, %d clients: median %d ms, p90 %d ms, max %d ms per tenant; total %.1f s"
                        + " (first hundred median %d ms, last hundred median %d ms)%n",
                n, provisionClients, pct(sortedProvision, 50), pct(sortedProvision, 90), sortedProvision[n - 1],
                provisionTotal / 1000.0, median(provisionMs, 0, Math.min(100, n)), median(provisionMs, Math.max(0, n - 100), n));

        // 2. Each tenant's data, through the API as its admin.
        start = System.nanoTime();
        parallel(provisionClients, n, i -> setUp(base, keycloak, tenants.get(i), devices), "set up");
        System.out.printf("setup      %d tenants in %.1f s (admin password and token, a representative, an item, 2 locations, "
                + "%d + %d devices received, a facility, a surgeon)%n", n, (System.nanoTime() - start) / 1e9, devices,
                TRANSFER_DEVICES);

        // 3. Fresh tokens for everyone, then the mixed load.
        parallel(provisionClients, n, i -> tenants.get(i).token(keycloak, 60_000), "signed in");
        mixedLoad(base, keycloak, tenants, loadClients, warmup, seconds);
    }

    static void setUp(String base, Keycloak keycloak, Tenant t, int devices) throws Exception {
        t.secret = keycloak.setPassword(t.email);
        String token = t.token(keycloak, 0);
        String api = base + "t/" + t.id + "/";
        String inv = api + "inventory/";
        t.rep = field(send("POST", api + "custodians", token, "{\"displayName\":\"Bench representative\"}", 201), "id");
        String line = field(send("POST", inv + "product-lines", token, "{\"name\":\"Bench line\"}", 201), "id");
        t.item = field(send("POST", inv + "items", token, "{\"productLineId\":\"" + line
                + "\",\"catalogNumber\":\"BS-1\",\"description\":\"Screw\",\"tracking\":\"serial\",\"singleUse\":true}", 201), "id");
        t.locations[0] = PathBench.location(inv, token, "Bench A");
        t.locations[1] = PathBench.location(inv, token, "Bench B");
        t.markDevices = PathBench.receive(inv, token, t.rep, t.item, "M", devices);
        t.transferDevices = PathBench.receive(inv, token, t.locations[0], t.item, "T", TRANSFER_DEVICES);
        t.facility = field(send("POST", api + "events/facilities", token, "{\"name\":\"Bench General\"}", 201), "id");
        t.surgeon = field(send("POST", api + "events/surgeons", token, "{\"firstName\":\"A\",\"lastName\":\"B\"}", 201), "id");
        t.caseType = field(send("GET", api + "events/types", token, null, 200), "id");
    }

    static void mixedLoad(String base, Keycloak keycloak, List<Tenant> tenants, int clients, int warmup, int seconds)
            throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger exhausted = new AtomicInteger();
        Map<String, Boolean> touched = new ConcurrentHashMap<>();
        List<Map<String, List<Long>>> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Tenant> mine = new ArrayList<>();
            for (int i = c; i < tenants.size(); i += clients) {
                mine.add(tenants.get(i));
            }
            Map<String, List<Long>> latencies = new TreeMap<>();
            perClient.add(latencies);
            Thread thread = new Thread(() -> {
                try {
                    long visit = 0;
                    while (!stop.get() && !mine.isEmpty()) {
                        Tenant t = mine.get((int) (visit % mine.size()));
                        int kind = (int) ((visit + visit / mine.size()) % 3);
                        visit++;
                        String token = t.token(keycloak, 200_000);
                        String api = base + "t/" + t.id + "/";
                        boolean record = measuring.get();
                        touched.put(t.id, Boolean.TRUE);
                        if (kind == 1 && t.marked >= t.markDevices.size()) {
                            exhausted.incrementAndGet();
                            kind = 0;
                        }
                        switch (kind) {
                            case 0 -> timed(latencies, record, "read devices",
                                    () -> send("GET", api + "inventory/devices?limit=20", token, null, 200));
                            case 1 -> {
                                if (t.marked % LINES == 0) {
                                    String body = "{\"typeId\":\"" + t.caseType + "\",\"representativeId\":\"" + t.rep
                                            + "\",\"name\":\"Bench case\",\"date\":\"2026-03-01\",\"facilityId\":\"" + t.facility
                                            + "\",\"surgeonId\":\"" + t.surgeon + "\",\"patientId\":\"MRN-1\"}";
                                    timed(latencies, record, "open case",
                                            () -> t.openCase = field(send("POST", api + "events", token, body, 201), "id"));
                                }
                                String device = t.markDevices.get(t.marked++);
                                timed(latencies, record, "mark used", () -> send("POST", api + "events/" + t.openCase + "/lines",
                                        token, "{\"deviceId\":\"" + device + "\",\"usage\":\"used\"}", 201));
                            }
                            default -> {
                                int k = t.transfers++ % TRANSFER_DEVICES;
                                String to = t.locations[t.atSecond[k] ? 0 : 1];
                                String[] id = new String[1];
                                timed(latencies, record, "transfer", () -> id[0] = created(api + "inventory/transfers", token,
                                        "{\"toCustodianId\":\"" + to + "\",\"lines\":[{\"deviceId\":\""
                                                + t.transferDevices.get(k) + "\"}]}"));
                                timed(latencies, record, "accept", () -> send("POST", api + "inventory/transfers/" + id[0]
                                        + "/accept", token, null, 200));
                                t.atSecond[k] = !t.atSecond[k];
                            }
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    e.printStackTrace();
                }
            }, "load-" + c);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(warmup * 1000L);
        touched.clear();
        measuring.set(true);
        long begin = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - begin) / 1e9;
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        Map<String, List<Long>> byKind = new TreeMap<>();
        perClient.forEach(m -> m.forEach((k, v) -> byKind.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v)));
        long[] all = byKind.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("mixed      %.0f req/s  p50 %.1f ms  p99 %.1f ms  max %.1f ms  (%d requests in %.0f s after %d s of warm-up,"
                        + " %d clients over %d tenants, %d tenants touched while measured, %d client failures%s)%n",
                all.length / elapsed, Window.ms(all, 50), Window.ms(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                all.length, elapsed, warmup, clients, tenants.size(), touched.size(), failures.get(),
                exhausted.get() == 0 ? "" : ", " + exhausted.get() + " mark-used visits read instead: no device left");
        byKind.forEach((kind, values) -> {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  %-13s %6d  %.0f/s  p50 %.1f ms  p99 %.1f ms  max %.1f ms%n", kind, sorted.length,
                    sorted.length / elapsed, Window.ms(sorted, 50), Window.ms(sorted, 99), sorted[sorted.length - 1] / 1e6);
        });
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " load clients failed (stack traces above)");
        }
    }

    interface Call {
        void run() throws Exception;
    }

    private static void timed(Map<String, List<Long>> latencies, boolean record, String kind, Call call) throws Exception {
        long begin = System.nanoTime();
        call.run();
        if (record) {
            latencies.computeIfAbsent(kind, k -> new ArrayList<>()).add(System.nanoTime() - begin);
        }
    }

    interface Job {
        void run(int index) throws Exception;
    }

    /** Runs job(0..count-1) on WORKERS threads; the first failure stops the others and is rethrown. */
    static void parallel(int workers, int count, Job job, String what) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(() -> {
                int i;
                while (failure.get() == null && (i = next.getAndIncrement()) < count) {
                    try {
                        job.run(i);
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                        return;
                    }
                    int d = done.incrementAndGet();
                    if (d % 100 == 0 && d < count) {
                        PathBench.log("  %d %s (load average %s)", d, what, PathBench.loadavg());
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    static long pct(long[] sorted, int percentile) {
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    static long median(long[] values, int from, int to) {
        long[] part = Arrays.copyOfRange(values, from, to);
        Arrays.sort(part);
        return part.length == 0 ? 0 : pct(part, 50);
    }
}
