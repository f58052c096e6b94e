package org.consigna.bench;

import static org.consigna.bench.Http.field;
import static org.consigna.bench.Http.send;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Device searches of the kinds the UI sends, each repeated; latency measured at the client. */
final class Search {

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
        kinds.put("next page (cursor)", "devices?limit=50&custodian=%s&cursor=%s");
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
                            String first = send("GET", t + "devices?limit=50&custodian=" + location, admin, null, 200);
                            yield kind.getValue().formatted(location, field(first, "nextCursor"));
                        }
                        default -> kind.getValue();
                    };
                    String token = kind.getKey().startsWith("sales") ? sales : admin;
                    long start = System.nanoTime();
                    send("GET", t + path, token, null, 200);
                    samples.add(System.nanoTime() - start);
                }
                if (measured) {
                    long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
                    System.out.printf("search  %-28s p50 %6.1f ms  p95 %6.1f ms%n", kind.getKey(), Window.ms(sorted, 50),
                            Window.ms(sorted, 95));
                    all.addAll(samples);
                }
            }
            if (measured) {
                long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("search-all     p50 %.1f ms  p95 %.1f ms  (%d searches, one at a time; goal p95 < 50 ms)%n",
                        Window.ms(sorted, 50), Window.ms(sorted, 95), sorted.length);
            }
        }
    }

    static String pick(java.util.Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
