package org.consigna.bench;

import static org.consigna.bench.Http.created;
import static org.consigna.bench.Http.field;
import static org.consigna.bench.Http.send;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request path against its own floor, one server, one run, the same CLIENTS throughout: the authenticated
 * no-op (GET /api/t/{tenant}/ping), mark used (a device added to an open event of up to 10 lines; the events are
 * opened before the windows, so the rate counts mark-used requests only) and
 * transfer + accept (one transfer created and accepted = one operation, as {@link Transfers}). Each operation is
 * warmed up first (WARMUP s in all, a third each), then ROUNDS rounds measure each for SECONDS, the order of the
 * three turning every round so that a change of machine load hits all alike. Prints, per operation, the rate over
 * all rounds, p50/p99, and each round's rate. Run by bin/bench-path:
 * BASE_URL KEYCLOAK_URL [CLIENTS] [SECONDS] [WARMUP] [ROUNDS]
 */
public final class PathBench {

    static final int LINES = 10;

    private PathBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "") + "/api/";
        Keycloak keycloak = new Keycloak(args[1]);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 90;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 2;
        int perWindowWarmup = 3;
        int markSeconds = warmup / 3 + rounds * (seconds + perWindowWarmup) + 10;
        int devicesPerClient = Math.max(1000, markSeconds * 120);

        String tenant = "bench-scale-path-" + UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "admin@" + tenant + ".consigna.test";
        String operator = keycloak.password("operator", "operator");
        send("POST", base + "platform/tenants", operator, "{\"id\":\"" + tenant + "\",\"displayName\":\"Bench-scale path\","
                + "\"admin\":{\"email\":\"" + adminEmail + "\",\"firstName\":\"Bench\",\"lastName\":\"Admin\"}}", 201);
        String secret = keycloak.setPassword(adminEmail);
        // Access tokens live 5 minutes; the run is longer. Every client reads the current one.
        String[] token = {keycloak.password(adminEmail, secret)};
        ScheduledExecutorService renew = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "token-renewal");
            thread.setDaemon(true);
            return thread;
        });
        renew.scheduleAtFixedRate(() -> {
            try {
                token[0] = keycloak.password(adminEmail, secret);
            } catch (Exception e) {
                log("token renewal failed: %s", e.getMessage());
            }
        }, 120, 120, TimeUnit.SECONDS);
        String t = base + "t/" + tenant + "/";
        String inv = t + "inventory/";

        // Mark used: single-use devices held by a custodian-only representative, new cases of 10 lines each.
        String rep = field(send("POST", t + "custodians", token[0], "{\"displayName\":\"Bench distributor\"}", 201), "id");
        String facility = field(send("POST", t + "events/facilities", token[0], "{\"name\":\"Bench General\"}", 201), "id");
        String surgeon = field(send("POST", t + "events/surgeons", token[0], "{\"firstName\":\"A\",\"lastName\":\"B\"}", 201), "id");
        String caseType = field(send("GET", t + "events/types", token[0], null, 200), "id");
        String line = field(send("POST", inv + "product-lines", token[0], "{\"name\":\"Bench line\"}", 201), "id");
        String item = field(send("POST", inv + "items", token[0], "{\"productLineId\":\"" + line
                + "\",\"catalogNumber\":\"B-1\",\"description\":\"Screw\",\"tracking\":\"serial\",\"singleUse\":true}", 201), "id");
        List<String> markDevices = receive(inv, token[0], rep, item, "M", clients * devicesPerClient);
        String newCase = "{\"typeId\":\"" + caseType + "\",\"representativeId\":\"" + rep + "\",\"name\":\"Bench case\","
                + "\"date\":\"2026-03-01\",\"facilityId\":\"" + facility + "\",\"surgeonId\":\"" + surgeon
                + "\",\"patientId\":\"MRN-1\"}";
        // Transfers: each client between two locations of its own (no shared balance rows), 200 devices going back and forth.
        String transferItem = field(send("POST", inv + "items", token[0], "{\"productLineId\":\"" + line
                + "\",\"catalogNumber\":\"B-2\",\"description\":\"Plate\",\"tracking\":\"serial\",\"singleUse\":false}", 201), "id");
        List<String[]> pairs = new ArrayList<>();
        List<List<String>> transferDevices = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String a = location(inv, token[0], "Transfer A" + c);
            String b = location(inv, token[0], "Transfer B" + c);
            pairs.add(new String[] {a, b});
            transferDevices.add(receive(inv, token[0], a, transferItem, "X" + c + "-", 200));
        }
        log("tenant %s ready: %d devices to mark used, %d to transfer", tenant, markDevices.size(), clients * 200);

        // Every event a client fills is opened here, outside the measured time: creating one per 10 lines inside the
        // windows made "mark used" one part event creation. A client that still runs out opens one itself.
        List<List<String>> cases = openCases(t, token[0], newCase, clients, Math.min(devicesPerClient, markSeconds * 90) / LINES);
        log("%d events opened for mark used", cases.stream().mapToInt(List::size).sum());
        int[] nextMark = new int[clients];
        String[] openCase = new String[clients];
        long[][] nextTransfer = new long[clients][2]; // per client: round, index
        IntFunction<Window.Step> noop = c -> Window.timed(() -> send("GET", t + "ping", token[0], null, 200));
        IntFunction<Window.Step> mark = c -> () -> {
            int i = nextMark[c]++;
            if (i >= devicesPerClient) {
                throw new IllegalStateException("client " + c + " ran out of devices to mark used");
            }
            if (i % LINES == 0) {
                List<String> mine = cases.get(c);
                openCase[c] = i / LINES < mine.size() ? mine.get(i / LINES)
                        : field(send("POST", t + "events", token[0], newCase, 201), "id");
            }
            long start = System.nanoTime();
            send("POST", t + "events/" + openCase[c] + "/lines", token[0],
                    "{\"deviceId\":\"" + markDevices.get(c * devicesPerClient + i) + "\",\"usage\":\"used\"}", 201);
            return System.nanoTime() - start;
        };
        IntFunction<Window.Step> transfer = c -> Window.timed(() -> {
            long[] at = nextTransfer[c];
            List<String> mine = transferDevices.get(c);
            String to = pairs.get(c)[(int) ((at[0] + 1) % 2)];
            String id = created(inv + "transfers", token[0], "{\"toCustodianId\":\"" + to
                    + "\",\"lines\":[{\"deviceId\":\"" + mine.get((int) at[1]) + "\"}]}");
            send("POST", inv + "transfers/" + id + "/accept", token[0], null, 200);
            if (++at[1] == mine.size()) {
                at[1] = 0;
                at[0]++;
            }
        });
        List<String> names = List.of("no-op", "mark-used", "transfer+accept");
        List<IntFunction<Window.Step>> steps = List.of(noop, mark, transfer);

        log("warm-up: %d s (a third on each operation)", warmup);
        for (IntFunction<Window.Step> step : steps) {
            check(Window.run(clients, Math.max(1, warmup / 3), 0, step), "warm-up");
        }
        List<List<Window>> measured = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 3; k++) {
                int op = (r + k) % 3;  // round 1: no-op, mark, transfer; round 2: mark, transfer, no-op; ...
                Window w = check(Window.run(clients, perWindowWarmup, seconds, steps.get(op)), names.get(op));
                measured.get(op).add(w);
                log("round %d %-16s %.0f/s  p50 %.1f ms  p99 %.1f ms  (load average %s)", r + 1, names.get(op),
                        w.perSecond(), w.ms(50), w.ms(99), loadavg());
            }
        }
        renew.shutdownNow();
        System.out.printf("path: tenant %s, %d clients, %d rounds of %d s per operation after %d s of warm-up%n", tenant,
                clients, rounds, seconds, warmup);
        double[] rates = new double[3];
        for (int op = 0; op < 3; op++) {
            List<Window> ws = measured.get(op);
            long[] all = ws.stream().flatMapToLong(w -> Arrays.stream(w.sorted())).sorted().toArray();
            double secs = ws.stream().mapToDouble(Window::seconds).sum();
            rates[op] = all.length / secs;
            StringBuilder each = new StringBuilder();
            ws.forEach(w -> each.append(each.isEmpty() ? "" : ", ").append(String.format("%.0f", w.perSecond())));
            System.out.printf("%-16s %.0f /s  p50 %.1f ms  p99 %.1f ms  (%d operations; per round: %s)%n", names.get(op),
                    rates[op], Window.ms(all, 50), Window.ms(all, 99), all.length, each);
        }
        System.out.printf("ratio mark-used / no-op        %.2f  (goal >= 0.5)%n", rates[1] / rates[0]);
        System.out.printf("ratio transfer+accept / no-op  %.2f  (goal >= 0.25)%n", rates[2] / rates[0]);
    }

    private static Window check(Window w, String what) {
        if (w.failures() > 0) {
            throw new IllegalStateException(what + ": " + w.failures() + " clients failed (stack traces above)");
        }
        return w;
    }

    /** Opens {@code perClient} events for each client, the clients in parallel. */
    static List<List<String>> openCases(String t, String token, String newCase, int clients, int perClient)
            throws InterruptedException {
        List<List<String>> cases = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Exception[] failed = new Exception[1];
        for (int c = 0; c < clients; c++) {
            List<String> mine = new ArrayList<>();
            cases.add(mine);
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < perClient; i++) {
                        mine.add(field(send("POST", t + "events", token, newCase, 201), "id"));
                    }
                } catch (Exception e) {
                    failed[0] = e;
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failed[0] != null) {
            throw new IllegalStateException("opening the events failed", failed[0]);
        }
        return cases;
    }

    static List<String> receive(String inv, String token, String custodian, String item, String prefix, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int batch = 0; ids.size() < count; batch++) {
            StringBuilder serials = new StringBuilder();
            int n = Math.min(2000, count - ids.size());
            for (int i = 0; i < n; i++) {
                serials.append(i == 0 ? "" : ",").append('"').append(prefix).append(batch).append('-').append(i).append('"');
            }
            String received = send("POST", inv + "receipts", token, "{\"custodianId\":\"" + custodian + "\",\"itemId\":\""
                    + item + "\",\"serials\":[" + serials + "]}", 201);
            Matcher m = Pattern.compile("\"deviceIds\":\\[([^\\]]*)]").matcher(received);
            if (!m.find()) {
                throw new IllegalStateException("no deviceIds in the receipt: " + received.substring(0, Math.min(300, received.length())));
            }
            Arrays.stream(m.group(1).split(",")).map(s -> s.replace("\"", "").trim()).forEach(ids::add);
        }
        return ids;
    }

    static String location(String inv, String token, String name) throws Exception {
        return field(send("POST", inv + "locations", token, "{\"name\":\"" + name + "\",\"kind\":\"warehouse\"}", 201), "id");
    }

    static String loadavg() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }

    static void log(String format, Object... args) {
        System.err.printf("bench: " + format + "%n", args);
    }
}
