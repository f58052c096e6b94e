package org.consigna.billing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.consigna.platform.tenant.TenantContext;

/**
 * SQL on the current transaction's connection (the one JPA writes with), table names qualified by the tenant's
 * schema (the connection's search_path points there too, but SQL that names its schema does not depend on it).
 */
@ApplicationScoped
public class TenantSql {

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenants;

    /** A row read from a result set. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Runs an INSERT/UPDATE with {@code {table}} placeholders replaced by schema-qualified names. */
    public int update(String sql, Object... values) {
        try (PreparedStatement statement = prepare(sql, values)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }

    public <T> List<T> query(String sql, RowReader<T> reader, Object... values) {
        try (PreparedStatement statement = prepare(sql, values); ResultSet rows = statement.executeQuery()) {
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(reader.read(rows));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private PreparedStatement prepare(String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection().prepareStatement(qualified(sql));
        for (int i = 0; i < values.length; i++) {
            Object value = values[i] instanceof Instant at ? Timestamp.from(at) : values[i];
            statement.setObject(i + 1, value);
        }
        return statement;
    }

    /** {@code {po_link}} becomes {@code <schema>.po_link}; the schema name was validated when the tenant was created. */
    private String qualified(String sql) {
        return sql.replaceAll("\\{([a-z_]+)}", tenants.require().schema() + ".$1");
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }
}
