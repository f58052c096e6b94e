package org.consigna.server.inventory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consigna.server.Postgres;

/** Direct SQL on a tenant's schema: to try what the API never offers, and to read the ledger independently. */
final class InventoryDb {

    private final String schema;

    InventoryDb(String tenantId) {
        this.schema = "t_" + tenantId.replace('-', '_');
    }

    String table(String name) {
        return schema + "." + name;
    }

    /** Runs a statement and returns the SQLSTATE it failed with, or null when it succeeded. */
    String tryExecute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
            return null;
        } catch (SQLException e) {
            return e.getSQLState() + " " + e.getMessage();
        }
    }

    void execute(String sql) {
        String failure = tryExecute(sql);
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    List<Map<String, Object>> query(String sql) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static Connection connect() throws SQLException {
        return Postgres.connect();
    }
}
