package org.consigna.server.inventory;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Random inventory work through the API and the api probe: receipts, transfers and their decisions,
 * adjustments, deactivations, consumption, reactivation, facility changes, tags; several at once, on
 * devices in whatever state they are. Refusals are expected; server errors are not.
 */
final class RandomInventoryWork {

    private final InventoryFixtures f;
    private final Random random;
    private final List<String> custodians = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private final List<String> facilities = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    private final String serialItem;
    private final String lotItem;
    private final List<String> devices = Collections.synchronizedList(new ArrayList<>());
    private final List<String> pending = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

    RandomInventoryWork(InventoryFixtures f, Random random) {
        this.f = f;
        this.random = random;
        String line = f.productLine("Random");
        serialItem = (String) f.item(line, "serial").get("id");
        lotItem = (String) f.item(line, "lot").get("id");
        InventoryFixtures.Member distributor = f.member("distributor");
        InventoryFixtures.Member sales = f.member("sales");
        f.link(distributor.id(), sales.id());
        custodians.addAll(List.of(distributor.id(), sales.id(), f.location("A"), f.location("B")));
        tokens.addAll(List.of(f.admin(), f.admin(), distributor.token(), sales.token()));
    }

    /** Runs {@code steps} operations, {@code parallel} at a time; returns how many answered with each status. */
    Map<Integer, Integer> run(int steps, int parallel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            for (int done = 0; done < steps; done += parallel) {
                List<Future<Integer>> round = new ArrayList<>();
                for (int i = 0; i < parallel; i++) {
                    long seed = random.nextLong();
                    round.add(pool.submit(() -> operate(new Random(seed))));
                }
                for (Future<Integer> status : round) {
                    statuses.merge(status.get(), 1, Integer::sum);
                }
            }
        } finally {
            pool.shutdown();
        }
        return new TreeMap<>(statuses);
    }

    private int operate(Random r) {
        String token = pick(r, tokens);
        if (devices.size() < 5 || r.nextInt(10) == 0) {
            return receive(r, token);
        }
        String device = pick(r, devices);
        return switch (r.nextInt(11)) {
            case 0, 1 -> transfer(r, token);
            case 2 -> decide(r, token, "accept", null);
            case 3 -> decide(r, token, "accept", r);
            case 4 -> decide(r, token, r.nextBoolean() ? "reject" : "cancel", null);
            case 5 -> f.api.as(token).body(Map.of("reason", "count_correction",
                    "lines", List.of(Map.of("deviceId", device, "delta", r.nextBoolean() ? 1 + r.nextInt(3) : -1 - r.nextInt(3)))))
                    .post(f.path("adjustments")).then().extract().statusCode();
            case 6 -> f.api.as(token).body(Map.of("reason", "random")).post(f.path("devices/" + device + "/deactivate"))
                    .then().extract().statusCode();
            case 7 -> consume(r, token, device);
            case 8 -> f.api.as(token).body(Map.of("quantity", 1, "eventId", "E")).post(probe(device, "/reactivate"))
                    .then().extract().statusCode();
            case 9 -> f.api.as(token).body(r.nextInt(3) == 0 ? Map.of("orderId", "SO") : Map.of("facilityId", pick(r, facilities),
                    "orderId", "SO")).post(probe(device, "/facility")).then().extract().statusCode();
            default -> f.api.as(token).body(Map.of("tag", "t" + r.nextInt(4))).post(f.path("devices/" + device + "/tags"))
                    .then().extract().statusCode();
        };
    }

    private int receive(Random r, String token) {
        String custodian = pick(r, custodians);
        ExtractableResponse<Response> response;
        if (r.nextBoolean()) {
            List<String> serials = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                serials.add("R-" + UUID.randomUUID().toString().substring(0, 8));
            }
            response = f.api.as(token).body(Map.of("custodianId", custodian, "itemId", serialItem, "serials", serials))
                    .post(f.path("receipts")).then().extract();
        } else {
            response = f.receive(token, custodian, lotItem, List.of(Map.of("lot", "L" + r.nextInt(3), "quantity", 1 + r.nextInt(20))))
                    .extract();
        }
        if (response.statusCode() == 201) {
            devices.addAll(response.path("deviceIds"));
        }
        return response.statusCode();
    }

    private int transfer(Random r, String token) {
        List<Map<String, Object>> lines = new ArrayList<>();
        String first = pick(r, devices);
        lines.add(r.nextBoolean() ? Map.of("deviceId", first) : Map.of("deviceId", first, "quantity", 1 + r.nextInt(3)));
        ExtractableResponse<Response> response = f.transfer(token, pick(r, custodians), lines).extract();
        if (response.statusCode() == 201) {
            pending.add(response.path("id"));
        }
        return response.statusCode();
    }

    /** Accepts (all lines, or a random part when {@code partial} is given), rejects or cancels a pending transfer. */
    private int decide(Random r, String token, String decision, Random partial) {
        String transfer = pick(r, pending);
        if (transfer == null) {
            return transfer(r, token);
        }
        Object body = Map.of();
        if (partial != null) {
            List<String> lineIds = f.api.as(f.admin()).get(f.path("transfers/" + transfer)).then().extract().path("lines.id");
            body = Map.of("lines", lineIds.stream().filter(id -> partial.nextBoolean()).toList());
        }
        ExtractableResponse<Response> response = f.api.as(token).body(body).post(f.path("transfers/" + transfer + "/" + decision))
                .then().extract();
        if (response.statusCode() == 200) {
            pending.remove(transfer);
            List<String> received = response.path("lines.receivedDeviceId");
            received.stream().filter(id -> id != null && !devices.contains(id)).forEach(devices::add);
        }
        return response.statusCode();
    }

    private int consume(Random r, String token, String device) {
        ExtractableResponse<Response> response = f.api.as(token).body(Map.of("quantity", 1 + r.nextInt(2), "eventId", "E"))
                .post(probe(device, "/consume")).then().extract();
        if (response.statusCode() == 200) {
            String used = response.path("consumedId");
            if (!devices.contains(used)) {
                devices.add(used);
            }
        }
        return response.statusCode();
    }

    private String probe(String deviceId, String rest) {
        return f.tenant.path("inventory-probe/devices/" + deviceId + rest);
    }

    /** A random element, or null when there is none (pending transfers come and go under parallel work). */
    private static <T> T pick(Random r, List<T> values) {
        synchronized (values) {
            return values.isEmpty() ? null : values.get(r.nextInt(values.size()));
        }
    }
}
