package org.consigna.bench;

import java.util.List;

/**
 * Fills a tenant's schema in bulk with psql, for the facility-stock dashboard benchmark: COUNT serialized devices
 * sold to facilities as facility stock (a third of them since consumed in cases), each with the ledger entries the
 * API would have written ("received" into the rep's consigned stock, "facility_changed" to the facility, and
 * "consumed" for the used ones; running balances in ledger order) and the balances, so inventory's ledger check
 * stays green; and the dashboard's monthly rollups of exactly those devices. Facility f is served by rep f mod reps
 * and stocks 30 of the items; sales fall in the 12 months of 2026, consumption in the same month: device g goes to
 * facility g mod 100, month (g / 100) mod 12 and the facility's item (g / 1200) mod 30, so every facility, month and
 * item meet (36,000 contribution rows; rollups of 1,200 facility-months, 2,400 item-months). The stocking orders and cases themselves are not written (no events rows): the ledger names the source
 * document type "seed". Everything in one transaction.
 */
final class FacilityStockSeed {

    private FacilityStockSeed() {
    }

    static void run(String database, String schema, int count, List<String> items, List<String> facilities,
                    List<String> reps) throws Exception {
        String sql = """
            \\set ON_ERROR_STOP on
            BEGIN;
            CREATE TEMP TABLE seed ON COMMIT DROP AS
            SELECT g, gen_random_uuid() AS id, f.facility_id, f.rep_id,
                   (ARRAY[%1$s]::uuid[])[1 + (f.n * 7 + (g / 1200) %% 30) %% %2$d] AS item_id,
                   'FS-' || g AS serial,
                   DATE '2027-01-01' + (g %% 700) AS expiry,
                   g %% 3 = 0 AS consumed,
                   TIMESTAMPTZ '2026-01-01 08:00Z' + make_interval(months => (g / 100) %% 12) + make_interval(secs => g / 12) AS received_at
            FROM generate_series(1, %5$d) g
            JOIN (SELECT n, (ARRAY[%3$s]::uuid[])[1 + n] AS facility_id, (ARRAY[%4$s]::uuid[])[1 + n %% %6$d] AS rep_id
                  FROM generate_series(0, %7$d - 1) n) f ON f.n = g %% %7$d;
            INSERT INTO %8$s.device (id, item_id, serial, lot, expiry, quantity, custodian_id, custodian_kind, status, facility_id,
                   inactive_cause, inactive_reason, inactive_by, inactive_at, received_at, updated_at)
            SELECT id, item_id, serial, NULL, expiry, 1, rep_id, 'member', CASE WHEN consumed THEN 'inactive' ELSE 'facility_stock' END,
                   facility_id, CASE WHEN consumed THEN 'consumed' END, CASE WHEN consumed THEN 'seeded case' END,
                   CASE WHEN consumed THEN rep_id END, CASE WHEN consumed THEN received_at + interval '2 hours' END,
                   received_at, received_at + interval '2 hours' FROM seed;
            INSERT INTO %8$s.ledger_entry (id, occurred_at, type, actor_id, device_id, item_id, lot, serial, quantity,
                   to_custodian_id, to_custodian_kind, facility_id, status, balance, from_balance, source_type, source_id)
            SELECT gen_random_uuid(), received_at, 'received', rep_id, id, item_id, NULL, serial, 1, rep_id, 'member', NULL,
                   'active', row_number() OVER (PARTITION BY rep_id, item_id ORDER BY g), NULL, 'seed', 'bench-receipt'
            FROM seed ORDER BY g;
            INSERT INTO %8$s.ledger_entry (id, occurred_at, type, actor_id, device_id, item_id, lot, serial, quantity,
                   to_custodian_id, to_custodian_kind, facility_id, status, balance, from_balance, source_type, source_id)
            SELECT gen_random_uuid(), received_at + interval '1 hour', 'facility_changed', rep_id, id, item_id, NULL, serial, 1,
                   rep_id, 'member', facility_id, 'facility_stock',
                   row_number() OVER (PARTITION BY rep_id, item_id, facility_id ORDER BY g),
                   count(*) OVER (PARTITION BY rep_id, item_id) - row_number() OVER (PARTITION BY rep_id, item_id ORDER BY g),
                   'seed', 'bench-stocking-order'
            FROM seed ORDER BY g;
            INSERT INTO %8$s.ledger_entry (id, occurred_at, type, actor_id, device_id, item_id, lot, serial, quantity,
                   to_custodian_id, to_custodian_kind, facility_id, status, balance, from_balance, source_type, source_id)
            SELECT gen_random_uuid(), received_at + interval '2 hours', 'consumed', rep_id, id, item_id, NULL, serial, 1,
                   rep_id, 'member', facility_id, 'inactive',
                   total - row_number() OVER (PARTITION BY rep_id, item_id, facility_id ORDER BY g), NULL, 'seed', 'bench-case'
            FROM (SELECT s.*, count(*) OVER (PARTITION BY rep_id, item_id, facility_id) AS total FROM seed s) s
            WHERE consumed ORDER BY g;
            INSERT INTO %8$s.stock_balance (custodian_id, custodian_kind, item_id, lot, facility_id, quantity, updated_at)
            SELECT rep_id, 'member', item_id, '', NULL, 0, now() FROM seed GROUP BY rep_id, item_id;
            INSERT INTO %8$s.stock_balance (custodian_id, custodian_kind, item_id, lot, facility_id, quantity, updated_at)
            SELECT rep_id, 'member', item_id, '', facility_id, count(*) FILTER (WHERE NOT consumed), now() FROM seed
            GROUP BY rep_id, item_id, facility_id;
            CREATE TEMP TABLE seed_sales ON COMMIT DROP AS
            SELECT date_trunc('month', s.received_at AT TIME ZONE 'UTC')::date AS month, s.facility_id, s.item_id, s.rep_id,
                   count(*) AS sold_units, coalesce(sum(i.list_price), 0) AS sold_value,
                   count(*) FILTER (WHERE s.consumed) AS consumed_units,
                   coalesce(sum(i.list_price) FILTER (WHERE s.consumed), 0) AS consumed_value
            FROM seed s JOIN %8$s.item i ON i.id = s.item_id GROUP BY 1, 2, 3, 4;
            INSERT INTO %8$s.fs_sales_contribution (id, event_id, submission, month, facility_id, item_id, rep_id, sold_units,
                   sold_value, consumed_units, consumed_value, recorded_at)
            SELECT gen_random_uuid(), gen_random_uuid(), 1, month, facility_id, item_id, rep_id, sold_units, sold_value,
                   consumed_units, consumed_value, now() FROM seed_sales;
            INSERT INTO %8$s.fs_sales_rollup (dimension, month, key_id, sold_units, sold_value, consumed_units, consumed_value)
            SELECT d.dimension, s.month, CASE d.dimension WHEN 'facility' THEN s.facility_id WHEN 'item' THEN s.item_id
                   WHEN 'rep' THEN s.rep_id ELSE '00000000-0000-0000-0000-000000000000'::uuid END,
                   sum(s.sold_units), sum(s.sold_value), sum(s.consumed_units), sum(s.consumed_value)
            FROM seed_sales s CROSS JOIN (VALUES ('facility'), ('item'), ('rep'), ('month')) d(dimension)
            GROUP BY 1, 2, 3;
            COMMIT;
            ANALYZE %8$s.device;
            ANALYZE %8$s.ledger_entry;
            ANALYZE %8$s.stock_balance;
            ANALYZE %8$s.fs_sales_rollup;
            ANALYZE %8$s.fs_sales_contribution;
            """.formatted(Seed.quoted(items), items.size(), Seed.quoted(facilities), Seed.quoted(reps), count, reps.size(),
                facilities.size(), schema);
        Seed.psql(database, sql);
    }
}
