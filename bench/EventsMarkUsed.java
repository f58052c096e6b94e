import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mark-used throughput: CLIENTS threads each add devices, one request at a time, to open cases of
 * their own (a new case every LINES devices) for SECONDS, after a warm-up; prints requests/s and
 * p50/p99 latency. Sets up its own tenant (operator token, first admin's password set through the
 * Keycloak admin client), a custodian-only distributor as representative, a facility, a surgeon and
 * enough single-use devices. Run: java bench/EventsMarkUsed.java BASE_URL KEYCLOAK_URL [CLIENTS] [SECONDS] [WARMUP]
 */
public class EventsMarkUsed {

    /** HTTP/1.1 with keep-alive, as a gateway or another service calls the API (no h2c upgrade). */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final int LINES = 10;

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "") + "/api/";
        String keycloak = args[1].replaceAll("/+$", "");
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 90;
        int devicesPerClient = Math.max(2000, (seconds + warmup) * 100);

        String tenant = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "admin@" + tenant + ".test";
        String operator = password(keycloak, "operator", "operator");
        send("POST", base + "platform/tenants", operator, "{\"id\":\"" + tenant + "\",\"displayName\":\"Bench\",\"admin\":"
                + "{\"email\":\"" + adminEmail + "\",\"firstName\":\"Bench\",\"lastName\":\"Admin\"}}", 201);
        String admin = adminToken(keycloak, adminEmail);
        String t = base + "t/" + tenant + "/";

        String rep = field(send("POST", t + "custodians", admin, "{\"displayName\":\"Bench distributor\"}", 201), "id");
        String facility = field(send("POST", t + "events/facilities", admin, "{\"name\":\"Bench General\"}", 201), "id");
        String surgeon = field(send("POST", t + "events/surgeons", admin, "{\"firstName\":\"A\",\"lastName\":\"B\"}", 201), "id");
        String caseType = field(send("GET", t + "events/types", admin, null, 200), "id");
        String line = field(send("POST", t + "inventory/product-lines", admin, "{\"name\":\"Bench line\"}", 201), "id");
        String item = field(send("POST", t + "inventory/items", admin, "{\"productLineId\":\"" + line
                + "\",\"catalogNumber\":\"B-1\",\"description\":\"Screw\",\"tracking\":\"serial\",\"singleUse\":true}", 201), "id");
        List<String> devices = new ArrayList<>();
        for (int batch = 0; batch < clients * devicesPerClient / 2000 + 1; batch++) {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 2000; i++) {
                lines.append(i == 0 ? "" : ",").append("{\"serial\":\"S").append(batch).append('-').append(i).append("\"}");
            }
            String received = send("POST", t + "inventory/receipts", admin, "{\"custodianId\":\"" + rep + "\",\"itemId\":\""
                    + item + "\",\"lines\":[" + lines + "]}", 201);
            Matcher ids = Pattern.compile("\"deviceIds\":\\[([^\\]]*)]").matcher(received);
            ids.find();
            Arrays.stream(ids.group(1).split(",")).map(s -> s.replace("\"", "").trim()).forEach(devices::add);
        }
        String newCase = "{\"typeId\":\"" + caseType + "\",\"representativeId\":\"" + rep + "\",\"name\":\"Bench case\","
                + "\"date\":\"2026-03-01\",\"facilityId\":\"" + facility + "\",\"surgeonId\":\"" + surgeon
                + "\",\"patientId\":\"MRN-1\"}";

        Window markUsed = Window.run(clients, warmup, seconds, c -> {
            List<String> mine = devices.subList(c * devicesPerClient, (c + 1) * devicesPerClient);
            String[] event = new String[1];
            int[] next = new int[1];
            return () -> {
                int i = next[0]++;
                if (i >= mine.size()) {
                    throw new IllegalStateException("client " + c + " ran out of devices; raise devicesPerClient");
                }
                if (i % LINES == 0) {
                    event[0] = field(send("POST", t + "events", admin, newCase, 201), "id");
                }
                long start = System.nanoTime();
                send("POST", t + "events/" + event[0] + "/lines", admin,
                        "{\"deviceId\":\"" + mine.get(i) + "\",\"usage\":\"used\"}", 201);
                return System.nanoTime() - start;
            };
        });
        // The same clients on a request that does no work (token, membership, tenant, role; no transaction):
        // what this server can answer at all on this machine, for scale.
        Window ping = Window.run(clients, 5, seconds, c -> () -> {
            long start = System.nanoTime();
            send("GET", t + "ping", admin, null, 200);
            return System.nanoTime() - start;
        });
        System.out.printf("mark-used: %d clients, %d s measured after %d s warm-up, tenant %s%n", clients, seconds, warmup,
                tenant);
        System.out.printf("mark-used  %.0f req/s  p50 %.1f ms  p99 %.1f ms  (%d requests, %d failed)%n",
                markUsed.perSecond(), markUsed.ms(50), markUsed.ms(99), markUsed.count(), markUsed.failures());
        System.out.printf("no-op      %.0f req/s  p50 %.1f ms  p99 %.1f ms  (GET /api/t/{tenant}/ping, same clients, %d s)%n",
                ping.perSecond(), ping.ms(50), ping.ms(99), seconds);
    }

    /** One timed request of a client; returns its latency in nanoseconds. */
    interface Step {
        long next() throws Exception;
    }

    /** CLIENTS threads, each repeating its step; latencies kept only inside the measured window. */
    record Window(long[] sorted, double seconds, int failures) {

        static Window run(int clients, int warmup, int measured, java.util.function.IntFunction<Step> steps)
                throws InterruptedException {
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicBoolean measuring = new AtomicBoolean(false);
            AtomicBoolean stop = new AtomicBoolean(false);
            java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
            CountDownLatch done = new CountDownLatch(clients);
            for (int c = 0; c < clients; c++) {
                Step step = steps.apply(c);
                new Thread(() -> {
                    try {
                        while (!stop.get()) {
                            long latency = step.next();
                            if (measuring.get()) {
                                latencies.add(latency);
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
            long begin = System.nanoTime();
            Thread.sleep(measured * 1000L);
            measuring.set(false);
            double elapsed = (System.nanoTime() - begin) / 1e9;
            stop.set(true);
            done.await();
            return new Window(latencies.stream().mapToLong(Long::longValue).sorted().toArray(), elapsed, failures.get());
        }

        int count() {
            return sorted.length;
        }

        double perSecond() {
            return sorted.length / seconds;
        }

        double ms(int percentile) {
            return EventsMarkUsed.ms(sorted, percentile);
        }
    }

    static String password(String keycloak, String user, String password) throws Exception {
        String body = "grant_type=password&client_id=consigna-cli&scope=" + enc("openid organization")
                + "&username=" + enc(user) + "&password=" + enc(password);
        return field(form(keycloak + "/realms/consigna/protocol/openid-connect/token", body, null), "access_token");
    }

    /** Gives the tenant's first admin a known password through the Keycloak admin API, then signs in. */
    static String adminToken(String keycloak, String email) throws Exception {
        String service = field(form(keycloak + "/realms/consigna/protocol/openid-connect/token",
                "grant_type=client_credentials&client_id=" + env("KEYCLOAK_ADMIN_CLIENT_ID", "consigna-admin")
                        + "&client_secret=" + env("KEYCLOAK_ADMIN_CLIENT_SECRET", "consigna-admin-secret"), null), "access_token");
        String users = send("GET", keycloak + "/admin/realms/consigna/users?exact=true&username=" + enc(email), service, null, 200);
        String id = field(users, "id");
        String secret = "Bench-" + UUID.randomUUID();
        send("PUT", keycloak + "/admin/realms/consigna/users/" + id + "/reset-password", service,
                "{\"type\":\"password\",\"value\":\"" + secret + "\",\"temporary\":false}", 204);
        return password(keycloak, email, secret);
    }

    static String send(String method, String url, String token, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String form(String url, String body, String token) throws Exception {
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
            throw new IllegalStateException("No '" + name + "' in " + json);
        }
        return m.group(1);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static double ms(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
