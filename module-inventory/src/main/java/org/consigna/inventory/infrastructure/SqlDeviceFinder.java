package org.consigna.inventory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.consigna.inventory.application.DeviceFinder;
import org.consigna.inventory.application.DeviceQuery;
import org.consigna.inventory.application.DeviceRow;
import org.postgresql.PGStatement;

/** Device search, export and on-hand in SQL on the transaction's connection (see {@link TenantJdbc}). */
@ApplicationScoped
class SqlDeviceFinder implements DeviceFinder {

    /** Rows fetched per round trip while streaming an export; PostgreSQL streams with a cursor. */
    private static final int FETCH_SIZE = 1000;

    @Inject
    TenantJdbc jdbc;

    @Override
    public Page page(DeviceQuery query) {
        DeviceSql sql = new DeviceSql(query, jdbc, true, itemsMatching(query.text()));
        List<DeviceRow> rows = new ArrayList<>();
        run(sql, rows::add, 0);
        if (rows.size() <= query.limit()) {
            return new Page(rows, null);
        }
        rows = rows.subList(0, query.limit());
        DeviceRow last = rows.get(rows.size() - 1);
        return new Page(List.copyOf(rows), new DeviceQuery.Cursor(query.sort(), last.sortValue(), last.id()));
    }

    @Override
    public void stream(DeviceQuery query, Consumer<DeviceRow> sink) {
        run(new DeviceSql(query, jdbc, false, itemsMatching(query.text())), sink, FETCH_SIZE);
    }

    /**
     * Items whose catalog number or description contain the free text, looked up first (the catalog is
     * small) so the device query can combine three index scans instead of filtering row by row.
     */
    private List<UUID> itemsMatching(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String pattern = "%" + DeviceSql.escapeLike(text.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement statement = jdbc.connection().prepareStatement("SELECT id FROM " + jdbc.table("item")
                + " WHERE lower(catalog_number) LIKE ? OR lower(description) LIKE ?")) {
            statement.setString(1, pattern);
            statement.setString(2, pattern);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new JdbcFailure("Item search failed", e);
        }
        return ids;
    }

    private void run(DeviceSql sql, Consumer<DeviceRow> sink, int fetchSize) {
        Connection connection = jdbc.connection();
        try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
            planForTheseValues(statement);
            bind(connection, statement, sql.parameters);
            statement.setFetchSize(fetchSize);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row(rs));
                }
            }
        } catch (SQLException e) {
            throw new JdbcFailure("Device search failed", e);
        }
    }

    /**
     * A search's best plan depends on its values (a prefix matching ten rows or ten thousand, a tag on
     * old devices or new): never let the driver switch to a server-side prepared statement, whose
     * generic plan PostgreSQL may pick and then keep for every value.
     */
    static void planForTheseValues(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }

    static void bind(Connection connection, PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof DeviceSql.UuidArray array) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", array.ids().toArray()));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static DeviceRow row(ResultSet rs) throws SQLException {
        String tags = rs.getString("tags");
        Object sortKey = rs.getObject("sort_key");
        String sortValue = sortKey instanceof java.sql.Timestamp ts ? ts.toInstant().toString()
                : sortKey instanceof OffsetDateTime odt ? odt.toInstant().toString() : String.valueOf(sortKey);
        return new DeviceRow(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class), rs.getString("catalog_number"),
                rs.getString("description"), rs.getObject("product_line_id", UUID.class), rs.getString("serial"),
                rs.getString("lot"), rs.getObject("expiry", LocalDate.class), rs.getInt("quantity"), rs.getString("status"),
                rs.getObject("custodian_id", UUID.class), rs.getString("custodian_kind"), rs.getObject("facility_id", UUID.class),
                rs.getObject("pending_transfer_id", UUID.class), rs.getString("inactive_cause"), rs.getString("inactive_reason"),
                instant(rs, "inactive_at"), instant(rs, "received_at"), rs.getString("udi"),
                tags == null ? List.of() : Arrays.asList(tags.split(",")), sortValue);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    public List<OnHand> onHand(UUID custodianId, UUID itemId, boolean byLot, Set<UUID> scope, OnHandKey after, int limit) {
        String lot = byLot ? "b.lot" : "NULL::varchar";
        String lotKey = byLot ? ", b.lot" : "";
        StringBuilder sql = new StringBuilder("SELECT b.custodian_id, b.custodian_kind, b.item_id, i.catalog_number, i.description, ")
                .append(lot).append(" AS lot, coalesce(sum(b.quantity) FILTER (WHERE b.facility_id IS NULL), 0) AS on_hand,")
                .append(" coalesce(sum(b.quantity) FILTER (WHERE b.facility_id IS NOT NULL), 0) AS facility_stock FROM ")
                .append(jdbc.table("stock_balance")).append(" b JOIN ").append(jdbc.table("item"))
                .append(" i ON i.id = b.item_id WHERE b.quantity > 0");
        List<Object> parameters = new ArrayList<>();
        if (custodianId != null) {
            sql.append(" AND b.custodian_id = ?");
            parameters.add(custodianId);
        }
        if (itemId != null) {
            sql.append(" AND b.item_id = ?");
            parameters.add(itemId);
        }
        if (scope != null) {
            sql.append(" AND b.custodian_id = ANY (?)");
            parameters.add(new DeviceSql.UuidArray(scope));
        }
        if (after != null) {
            // Keyset on the group key (custodian, catalog number unique per item, lot): the order below.
            sql.append(byLot ? " AND (b.custodian_id, i.catalog_number, b.lot) > (?, ?, ?)" : " AND (b.custodian_id, i.catalog_number) > (?, ?)");
            parameters.add(after.custodianId());
            parameters.add(after.catalogNumber());
            if (byLot) {
                parameters.add(after.lot());
            }
        }
        sql.append(" GROUP BY b.custodian_id, b.custodian_kind, b.item_id, i.catalog_number, i.description").append(lotKey)
                .append(" ORDER BY b.custodian_id, i.catalog_number").append(lotKey).append(" LIMIT ?");
        parameters.add(limit);
        List<OnHand> result = new ArrayList<>();
        Connection connection = jdbc.connection();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            bind(connection, statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(new OnHand(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8)));
                }
            }
        } catch (SQLException e) {
            throw new JdbcFailure("On-hand query failed", e);
        }
        return result;
    }
}
