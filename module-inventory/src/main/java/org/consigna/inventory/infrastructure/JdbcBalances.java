package org.consigna.inventory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import org.consigna.inventory.domain.ledger.StockAccount;
import org.consigna.inventory.domain.ledger.Balances;

/** Balance rows changed one per account, in account order; the row lock is the serialization point. */
@ApplicationScoped
class JdbcBalances implements Balances {

    @Inject
    TenantJdbc jdbc;

    /**
     * Adds with an upsert, or, for a negative delta, with an UPDATE of the row that must exist: an
     * INSERT ... ON CONFLICT checks the table's "never negative" rule on the proposed row, so it cannot
     * carry a negative delta. Either statement locks the row and returns the resulting balance.
     */
    @Override
    public Map<StockAccount, Integer> add(SortedMap<StockAccount, Integer> deltas) {
        String table = jdbc.table("stock_balance");
        String upsert = "INSERT INTO " + table + " AS b (custodian_id, custodian_kind, item_id, lot, facility_id, quantity, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, now()) ON CONFLICT ON CONSTRAINT uq_stock_balance"
                + " DO UPDATE SET quantity = b.quantity + EXCLUDED.quantity, updated_at = now() RETURNING b.quantity";
        String take = "UPDATE " + table + " SET quantity = quantity + ?, updated_at = now()"
                + " WHERE custodian_id = ? AND item_id = ? AND lot = ? AND facility_id ";
        Map<StockAccount, Integer> result = new LinkedHashMap<>();
        try (PreparedStatement add = jdbc.connection().prepareStatement(upsert);
             PreparedStatement takeConsigned = jdbc.connection().prepareStatement(take + "IS NULL RETURNING quantity");
             PreparedStatement takeAtFacility = jdbc.connection().prepareStatement(take + "= ? RETURNING quantity")) {
            for (Map.Entry<StockAccount, Integer> delta : deltas.entrySet()) {
                StockAccount account = delta.getKey();
                PreparedStatement statement;
                if (delta.getValue() >= 0) {
                    statement = add;
                    add.setObject(1, account.custodian().id());
                    add.setString(2, account.custodian().kindWire());
                    add.setObject(3, account.itemId());
                    add.setString(4, account.lot());
                    add.setObject(5, account.facilityId(), Types.OTHER);
                    add.setInt(6, delta.getValue());
                } else {
                    statement = account.facilityId() == null ? takeConsigned : takeAtFacility;
                    statement.setInt(1, delta.getValue());
                    statement.setObject(2, account.custodian().id());
                    statement.setObject(3, account.itemId());
                    statement.setString(4, account.lot());
                    if (account.facilityId() != null) {
                        statement.setObject(5, account.facilityId());
                    }
                }
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("No balance to take " + delta.getValue() + " from: " + account);
                    }
                    result.put(account, rs.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new JdbcFailure("Balances could not be updated", e);
        }
        return result;
    }
}
