package org.consigna.bench;

import static org.consigna.bench.Http.created;
import static org.consigna.bench.Http.field;
import static org.consigna.bench.Http.send;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Transfer create + accept, CLIENTS at once, each between two locations of its own (no shared balance rows). */
final class Transfers {

    static void run(String t, int clients, int seconds) throws Exception {
        String token = InventoryBench.admin();
        List<String[]> pairs = new ArrayList<>();
        List<List<String>> devices = new ArrayList<>();
        String item = field(send("GET", t + "items", token, null, 200), "id");
        for (int c = 0; c < clients; c++) {
            String a = InventoryBench.location(t, "Transfer A" + c);
            String b = InventoryBench.location(t, "Transfer B" + c);
            pairs.add(new String[] {a, b});
            StringBuilder serials = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                serials.append(i == 0 ? "" : ",").append("\"X").append(c).append('-').append(i).append('"');
            }
            String received = send("POST", t + "receipts", token, "{\"custodianId\":\"" + a + "\",\"itemId\":\""
                    + item + "\",\"serials\":[" + serials + "]}", 201);
            Matcher ids = Pattern.compile("\"deviceIds\":\\[([^\\]]*)]").matcher(received);
            ids.find();
            devices.add(List.of(ids.group(1).replace("\"", "").split(",")));
        }
        long[][] next = new long[clients][2]; // per client: round, index
        Window transfers = Window.run(clients, WARMUP, seconds, c -> Window.timed(() -> {
            String[] pair = pairs.get(c);
            List<String> mine = devices.get(c);
            long[] at = next[c];
            // Every device of the client crosses over, then comes back the next round.
            String to = pair[(int) ((at[0] + 1) % 2)];
            String created = created(t + "transfers", token, "{\"toCustodianId\":\"" + to
                    + "\",\"lines\":[{\"deviceId\":\"" + mine.get((int) at[1]) + "\"}]}");
            send("POST", t + "transfers/" + created + "/accept", token, null, 200);
            if (++at[1] == mine.size()) {
                at[1] = 0;
                at[0]++;
            }
        }));
        // The same clients on a request that does no work (token, membership, tenant, role; no transaction).
        String ping = t.replace("/inventory/", "/ping");
        Window noop = Window.run(clients, 5, seconds, c -> Window.timed(() -> send("GET", ping, token, null, 200)));
        System.out.printf("transfers      %.0f transfers/s (create + accept; %.0f requests/s)  p50 %.1f ms  p99 %.1f ms"
                        + "  (%d clients, %d s after %d s warm-up, %d transfers, %d client failures)%n",
                transfers.perSecond(), 2 * transfers.perSecond(), transfers.ms(50), transfers.ms(99), clients, seconds, WARMUP,
                transfers.count(), transfers.failures());
        System.out.printf("no-op          %.0f req/s  p50 %.1f ms  p99 %.1f ms  (GET /api/t/{tenant}/ping, same clients, %d s)%n",
                noop.perSecond(), noop.ms(50), noop.ms(99), seconds);
    }

    /** Seconds of warm-up before a measured window: the JIT compilers of a fresh server are busy for a minute and more. */
    static final int WARMUP = 60;

    private Transfers() {
    }
}
