package org.consigna.bench;

import static org.consigna.bench.Http.field;
import static org.consigna.bench.Http.send;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mark-used throughput: CLIENTS threads each add devices, one request at a time, to open cases of
 * their own (a new case every LINES devices) for SECONDS, after a warm-up; prints requests/s and
 * p50/p99 latency. Sets up its own tenant (operator token, first admin's password set through the
 * Keycloak admin client), a custodian-only distributor as representative, a facility, a surgeon and
 * enough single-use devices. Run by bin/bench-events: BASE_URL KEYCLOAK_URL [CLIENTS] [SECONDS] [WARMUP]
 */
public final class EventsMarkUsed {

    static final int LINES = 10;

    private EventsMarkUsed() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "") + "/api/";
        Keycloak keycloak = new Keycloak(args[1]);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 90;
        int devicesPerClient = Math.max(2000, (seconds + warmup) * 100);

        String tenant = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "admin@" + tenant + ".test";
        String operator = keycloak.password("operator", "operator");
        send("POST", base + "platform/tenants", operator, "{\"id\":\"" + tenant + "\",\"displayName\":\"Bench\",\"admin\":"
                + "{\"email\":\"" + adminEmail + "\",\"firstName\":\"Bench\",\"lastName\":\"Admin\"}}", 201);
        String admin = keycloak.password(adminEmail, keycloak.setPassword(adminEmail));
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
}
