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
import org.consigna.inventory.domain.ledger.Account;
import org.consigna.inventory.domain.ledger.Balances;

/** Balance rows changed one per account, in account order; the row lock is the serialization point. */
@ApplicationScoped
class JdbcBalances implements Balances {

    @Inject
    TenantJdbc jdbc;

    /**
     * Creates a missing row with 0, then adds the delta with an UPDATE, which locks the row: an
     * INSERT ... ON CONFLICT would check the table's "never negative" rule on the proposed row, delta and all.
     */
    @Override
    public Map<Account, Integer> add(SortedMap<Account, Integer> deltas) {
        String table = jdbc.table("stock_balance");
        String create = "INSERT INTO " + table + " (custodian_id, custodian_kind, item_id, lot, facility_id, quantity, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, 0, now()) ON CONFLICT ON CONSTRAINT uq_stock_balance DO NOTHING";
        String change = "UPDATE " + table + " SET quantity = quantity + ?, updated_at = now()"
                + " WHERE custodian_id = ? AND item_id = ? AND lot = ? AND facility_id ";
        Map<Account, Integer> result = new LinkedHashMap<>();
        try (PreparedStatement insert = jdbc.connection().prepareStatement(create);
             PreparedStatement consigned = jdbc.connection().prepareStatement(change + "IS NULL RETURNING quantity");
             PreparedStatement atFacility = jdbc.connection().prepareStatement(change + "= ? RETURNING quantity")) {
            for (Map.Entry<Account, Integer> delta : deltas.entrySet()) {
                Account account = delta.getKey();
                insert.setObject(1, account.custodian().id());
                insert.setString(2, account.custodian().kindWire());
                insert.setObject(3, account.itemId());
                insert.setString(4, account.lot());
                insert.setObject(5, account.facilityId(), Types.OTHER);
                insert.executeUpdate();
                PreparedStatement update = account.facilityId() == null ? consigned : atFacility;
                update.setInt(1, delta.getValue());
                update.setObject(2, account.custodian().id());
                update.setObject(3, account.itemId());
                update.setString(4, account.lot());
                if (account.facilityId() != null) {
                    update.setObject(5, account.facilityId());
                }
                try (ResultSet rs = update.executeQuery()) {
                    rs.next();
                    result.put(account, rs.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new JdbcFailure("Balances could not be updated", e);
        }
        return result;
    }
}
