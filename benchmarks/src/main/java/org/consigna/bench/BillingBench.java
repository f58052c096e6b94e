package org.consigna.bench;

import static org.consigna.bench.Http.field;
import static org.consigna.bench.Http.send;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sales order PDF benchmark, against a running server: a fresh tenant with billing, a case of 30 devices (30 items,
 * serials) closed with sign and close through the API; then CLIENTS clients download its sales order
 * (GET .../billing/events/{id}/sales-order.pdf: the billing view, the event's facts, 30 devices looked up, rendered
 * with openhtmltopdf) for SECONDS after WARMUP seconds, and the same clients read the no-op ping for scale; p50/p95/p99
 * of both and their ratio. Prints figures; asserts nothing. Run by bin/bench-billing: BASE_URL KEYCLOAK_URL [CLIENTS]
 * [SECONDS] [WARMUP]
 */
public final class BillingBench {

    static final int LINES = 30;

    private BillingBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "") + "/api/";
        Keycloak keycloak = new Keycloak(args[1]);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 30;

        String tenant = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "admin@" + tenant + ".test";
        String operator = keycloak.password("operator", "operator");
        send("POST", base + "platform/tenants", operator, "{\"id\":\"" + tenant + "\",\"displayName\":\"Bench Ortho\",\"modules\":"
                + "[\"billing\"],\"admin\":{\"email\":\"" + adminEmail + "\",\"firstName\":\"Bench\",\"lastName\":"
                + "\"Admin\"}}", 201);
        String secret = keycloak.setPassword(adminEmail);
        String admin = keycloak.password(adminEmail, secret);
        String t = base + "t/" + tenant + "/";
        String repEmail = "rep@" + tenant + ".test";
        String rep = field(send("POST", t + "members", admin, "{\"email\":\"" + repEmail + "\",\"firstName\":\"Sam\","
                + "\"lastName\":\"Rep\",\"role\":\"sales\"}", 201), "id");
        String repSecret = keycloak.setPassword(repEmail);
        String repToken = keycloak.password(repEmail, repSecret);

        String facility = field(send("POST", t + "events/facilities", admin, "{\"name\":\"Mercy Hospital\",\"street\":"
                + "\"1 Main Street\",\"city\":\"Springfield\",\"region\":\"IL\",\"postalCode\":\"62701\"}", 201), "id");
        String surgeon = field(send("POST", t + "events/surgeons", admin, "{\"firstName\":\"Meredith\",\"lastName\":\"Grey\"}", 201), "id");
        String types = send("GET", t + "events/types", admin, null, 200);
        String caseType = caseType(types);
        String line = field(send("POST", t + "inventory/product-lines", admin, "{\"name\":\"Bench line\"}", 201), "id");
        List<String> devices = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            String item = field(send("POST", t + "inventory/items", admin, "{\"productLineId\":\"" + line + "\",\"catalogNumber\":"
                    + "\"SO-" + (1000 + i) + "\",\"description\":\"Pedicle screw 6.5 x " + (30 + i) + " mm\",\"tracking\":"
                    + "\"serial\",\"singleUse\":true,\"listPrice\":" + (95 + i) + ".25}", 201), "id");
            String received = send("POST", t + "inventory/receipts", admin, "{\"custodianId\":\"" + rep + "\",\"itemId\":\""
                    + item + "\",\"reference\":\"PS-" + i + "\",\"lines\":[{\"serial\":\"SN-" + (700000 + i) + "\"}]}", 201);
            devices.add(received.replaceAll("(?s).*\"deviceIds\"\\s*:\\s*\\[\\s*\"([^\"]+)\".*", "$1"));
        }
        String event = field(send("POST", t + "events", repToken, "{\"typeId\":\"" + caseType + "\",\"representativeId\":\""
                + rep + "\",\"name\":\"Spine case 42\",\"date\":\"2026-03-02\",\"facilityId\":\"" + facility
                + "\",\"surgeonId\":\"" + surgeon + "\",\"patientId\":\"MRN-123456\"}", 201), "id");
        for (String device : devices) {
            send("POST", t + "events/" + event + "/lines", repToken, "{\"deviceId\":\"" + device + "\",\"usage\":\"used\"}", 201);
        }
        send("POST", t + "billing/events/" + event + "/close", repToken, "{\"signatures\":{\"rep\":{\"typedName\":\"Sam Rep\"},"
                + "\"provider\":{\"typedName\":\"Nora Nurse\"}}}", 200);
        String pdfUrl = t + "billing/events/" + event + "/sales-order.pdf";
        int size = pdf(pdfUrl, repToken);
        System.out.printf("sales order %d lines, %,d bytes of PDF%n", LINES, size);

        String[] token = {repToken};
        long[] fetched = {System.nanoTime()};
        Window render = Window.run(clients, warmup, seconds, c -> () -> {
            long start = System.nanoTime();
            pdf(pdfUrl, FacilityStockBench.fresh(token, fetched, keycloak, repEmail, repSecret));
            return System.nanoTime() - start;
        });
        Window ping = Window.run(clients, 5, seconds, c -> () -> {
            long start = System.nanoTime();
            send("GET", t + "ping", FacilityStockBench.fresh(token, fetched, keycloak, repEmail, repSecret), null, 200);
            return System.nanoTime() - start;
        });
        System.out.printf("pdf         p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  %.0f req/s  (%d requests, %d client(s), %d s after"
                        + " %d s warm-up, %d-line sales order; goal p95 < 100 ms)%n",
                render.ms(50), render.ms(95), render.ms(99), render.perSecond(), render.count(), clients, seconds, warmup, LINES);
        System.out.printf("no-op       p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  %.0f req/s  (GET /api/t/{tenant}/ping, same clients)%n",
                ping.ms(50), ping.ms(95), ping.ms(99), ping.perSecond());
        System.out.printf("ratio       p50 %.1f  p95 %.1f  (pdf : no-op, same server, same run)%n", render.ms(50) / ping.ms(50),
                render.ms(95) / ping.ms(95));
    }

    /** Downloads the PDF; its size in bytes. */
    static int pdf(String url, String token) throws Exception {
        HttpResponse<byte[]> response = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": "
                    + new String(response.body(), 0, Math.min(500, response.body().length)));
        }
        return response.body().length;
    }

    /** The id of the tenant's first event type with the case behaviour. */
    static String caseType(String types) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[^{}]*\"behaviour\"\\s*:\\s*\"case\"[^{}]*}").matcher(types);
        if (!m.find()) {
            throw new IllegalStateException("No case type in " + types.substring(0, Math.min(300, types.length())));
        }
        return field(m.group(), "id");
    }
}
