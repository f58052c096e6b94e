package org.consigna.inventory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.consigna.inventory.application.LedgerReplay;
import org.consigna.inventory.domain.Wire;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.DeviceStatus;
import org.consigna.inventory.domain.ledger.StockAccount;
import org.consigna.inventory.domain.ledger.EntryType;
import org.consigna.inventory.domain.ledger.LedgerFold;

/** Streams ledger, devices and balances with server-side cursors, so a large tenant is not loaded at once. */
@ApplicationScoped
class JdbcLedgerReplay implements LedgerReplay {

    private static final int FETCH_SIZE = 5000;

    @Inject
    TenantJdbc jdbc;

    @Override
    public void snapshot() {
        try (Statement statement = jdbc.connection().createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        } catch (SQLException e) {
            throw new JdbcFailure("Could not take a snapshot", e);
        }
    }

    @Override
    public void entries(Consumer<LedgerFold.Entry> sink) {
        read("SELECT seq, type, device_id, parent_device_id, item_id, lot, quantity, to_custodian_id, to_custodian_kind,"
                + " facility_id, status, balance, from_balance FROM " + jdbc.table("ledger_entry") + " ORDER BY seq", rs -> {
                    Integer fromBalance = (Integer) rs.getObject("from_balance");
                    sink.accept(new LedgerFold.Entry(rs.getLong("seq"), Wire.parse(EntryType.class, rs.getString("type"), "type"),
                            uuid(rs, "device_id"), uuid(rs, "parent_device_id"), uuid(rs, "item_id"), rs.getString("lot"),
                            rs.getInt("quantity"), Custodian.stored(uuid(rs, "to_custodian_id"), rs.getString("to_custodian_kind")),
                            uuid(rs, "facility_id"), status(rs), rs.getInt("balance"), fromBalance));
                });
    }

    @Override
    public long devices(Consumer<LedgerFold.DeviceFacts> sink) {
        return read("SELECT id, item_id, lot, custodian_id, custodian_kind, status, quantity, facility_id FROM "
                + jdbc.table("device"), rs -> sink.accept(new LedgerFold.DeviceFacts(uuid(rs, "id"), uuid(rs, "item_id"),
                rs.getString("lot"), Custodian.stored(uuid(rs, "custodian_id"), rs.getString("custodian_kind")), status(rs),
                rs.getInt("quantity"), uuid(rs, "facility_id"))));
    }

    @Override
    public long balances(BiConsumer<StockAccount, Integer> sink) {
        return read("SELECT custodian_id, custodian_kind, item_id, lot, facility_id, quantity FROM " + jdbc.table("stock_balance"),
                rs -> sink.accept(new StockAccount(Custodian.stored(uuid(rs, "custodian_id"), rs.getString("custodian_kind")),
                        uuid(rs, "item_id"), rs.getString("lot"), uuid(rs, "facility_id")), rs.getInt("quantity")));
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private long read(String sql, RowHandler handler) {
        long rows = 0;
        try (PreparedStatement statement = jdbc.connection().prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                    rows++;
                }
            }
        } catch (SQLException e) {
            throw new JdbcFailure("Ledger replay could not read", e);
        }
        return rows;
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static DeviceStatus status(ResultSet rs) throws SQLException {
        return Wire.parse(DeviceStatus.class, rs.getString("status"), "status");
    }
}
