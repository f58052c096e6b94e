package org.consigna.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Replays a tenant's ledger table row by row, written apart from the server's code, and compares the
 * result with the device and balance tables: the test's own proof that state equals the fold.
 */
final class LedgerReplayCheck {

    /** A device as the ledger implies it. */
    private static final class State {
        String custodian;
        String item;
        String lot;
        String status;
        String facility;
        int quantity;

        String account() {
            return custodian + "|" + item + "|" + (lot == null ? "" : lot) + "|" + (facility == null ? "" : facility);
        }
    }

    private final InventoryDb db;
    private final Map<String, State> devices = new HashMap<>();

    LedgerReplayCheck(InventoryDb db) {
        this.db = db;
        List<Map<String, Object>> entries = db.query("SELECT type, device_id::text AS device, parent_device_id::text AS parent,"
                + " item_id::text AS item, lot, quantity, to_custodian_id::text AS custodian, facility_id::text AS facility, status"
                + " FROM " + db.table("ledger_entry") + " ORDER BY seq");
        for (Map<String, Object> e : entries) {
            String device = (String) e.get("device");
            String parent = (String) e.get("parent");
            int quantity = (Integer) e.get("quantity");
            if ("merged".equals(e.get("type"))) {
                // a part set apart for a transfer that did not happen gives its units back to its lot
                devices.get(device).quantity -= quantity;
                devices.get(parent).quantity += quantity;
                continue;
            }
            if ("received".equals(e.get("type")) || parent != null) {
                if (parent != null) {
                    devices.get(parent).quantity -= quantity;
                }
                State created = new State();
                created.custodian = (String) e.get("custodian");
                created.item = (String) e.get("item");
                created.lot = (String) e.get("lot");
                created.status = (String) e.get("status");
                created.facility = (String) e.get("facility");
                created.quantity = quantity;
                devices.put(device, created);
                continue;
            }
            State state = devices.get(device);
            switch ((String) e.get("type")) {
                case "transferred" -> state.custodian = (String) e.get("custodian");
                case "adjusted" -> state.quantity += quantity;
                case "facility_changed" -> {
                    state.facility = (String) e.get("facility");
                    state.status = (String) e.get("status");
                }
                default -> state.status = (String) e.get("status");
            }
        }
    }

    void assertStateEqualsFold() {
        List<Map<String, Object>> stored = db.query("SELECT id::text AS id, custodian_id::text AS custodian, status, quantity,"
                + " facility_id::text AS facility FROM " + db.table("device"));
        assertThat(stored).hasSameSizeAs(devices.keySet());
        for (Map<String, Object> row : stored) {
            State folded = devices.get((String) row.get("id"));
            assertThat(folded).as("device %s has ledger entries", row.get("id")).isNotNull();
            assertThat(List.of(row.get("custodian"), row.get("status"), row.get("quantity"), Objects.toString(row.get("facility"))))
                    .as("device %s: custodian, status, quantity, facility", row.get("id"))
                    .isEqualTo(List.of(folded.custodian, folded.status, folded.quantity, Objects.toString(folded.facility)));
        }
        Map<String, Integer> balances = new HashMap<>();
        db.query("SELECT custodian_id::text AS custodian, item_id::text AS item, lot, facility_id::text AS facility, quantity FROM "
                + db.table("stock_balance") + " WHERE quantity <> 0").forEach(row -> balances.put(row.get("custodian") + "|"
                + row.get("item") + "|" + row.get("lot") + "|" + (row.get("facility") == null ? "" : row.get("facility")),
                (Integer) row.get("quantity")));
        assertThat(balances).isEqualTo(foldedBalances(true));
    }

    /** Consigned (no facility) on-hand per "custodian|item" as the ledger implies it. */
    Map<String, Integer> consignedOnHand() {
        Map<String, Integer> onHand = new HashMap<>();
        devices.values().stream().filter(d -> !"inactive".equals(d.status) && d.facility == null && d.quantity > 0)
                .forEach(d -> onHand.merge(d.custodian + "|" + d.item, d.quantity, Integer::sum));
        return onHand;
    }

    private Map<String, Integer> foldedBalances(boolean nonZeroOnly) {
        Map<String, Integer> balances = new HashMap<>();
        devices.values().stream().filter(d -> !"inactive".equals(d.status))
                .forEach(d -> balances.merge(d.account(), d.quantity, Integer::sum));
        if (nonZeroOnly) {
            balances.values().removeIf(q -> q == 0);
        }
        return balances;
    }
}
