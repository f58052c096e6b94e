package org.consigna.bench;

import static org.consigna.bench.Http.env;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes devices, their "received" ledger rows (with running balances, in ledger order) and the balances
 * straight into the tenant's schema with psql, for custodians that hold nothing yet: the ledger check stays green.
 */
final class Seed {

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
        psql(database, sql);
    }

    /** Runs the script with psql against the database; any error fails the benchmark. */
    static void psql(String database, String sql) throws Exception {
        Process psql = new ProcessBuilder("psql", "-h", "localhost", "-U", env("DB_USER", "postgres"),
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
