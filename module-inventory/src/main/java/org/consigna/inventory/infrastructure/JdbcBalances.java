package org.consigna.inventory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import org.consigna.inventory.domain.ledger.Account;
import org.consigna.inventory.domain.ledger.Balances;

/** Balance rows upserted one per account, in account order; the row lock is the serialization point. */
@ApplicationScoped
class JdbcBalances implements Balances {

    @Inject
    TenantJdbc jdbc;

    @Override
    public Map<Account, Integer> add(SortedMap<Account, Integer> deltas) {
        String table = jdbc.table("stock_balance");
        String sql = "INSERT INTO " + table + " AS b (custodian_id, custodian_kind, item_id, lot, facility_id, quantity, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, now())"
                + " ON CONFLICT ON CONSTRAINT uq_stock_balance DO UPDATE SET quantity = b.quantity + EXCLUDED.quantity, updated_at = now()"
                + " RETURNING b.quantity";
        Map<Account, Integer> result = new LinkedHashMap<>();
        try (PreparedStatement upsert = jdbc.connection().prepareStatement(sql)) {
            for (Map.Entry<Account, Integer> delta : deltas.entrySet()) {
                Account account = delta.getKey();
                upsert.setObject(1, account.custodian().id());
                upsert.setString(2, account.custodian().kindWire());
                upsert.setObject(3, account.itemId());
                upsert.setString(4, account.lot());
                upsert.setObject(5, account.facilityId());
                upsert.setInt(6, delta.getValue());
                try (ResultSet rs = upsert.executeQuery()) {
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
