package org.consigna.facilitystock.infrastructure.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.consigna.facilitystock.domain.dashboard.Amounts;
import org.consigna.facilitystock.domain.dashboard.Dimension;
import org.consigna.facilitystock.domain.dashboard.SalesRollups;
import org.consigna.facilitystock.domain.dashboard.SalesTally;
import org.consigna.platform.tenant.TenantContext;

/**
 * The rollups in SQL on the transaction's own connection (so they commit or roll back with the submit): each
 * submission's contribution is one row per month, facility, item and rep; the rollups are upserts that add to a
 * row, taken in one order so concurrent submits never deadlock on them. Table names carry the tenant's schema.
 */
@ApplicationScoped
public class SqlSalesRollups implements SalesRollups {

    /** The key of the {@link Dimension#MONTH} rollup: one row per month. */
    static final UUID ALL = new UUID(0, 0);

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenants;

    @Override
    public void add(UUID eventId, int submission, Map<SalesTally.Key, Amounts> tally) {
        if (tally.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO " + table("fs_sales_contribution")
                + " (id, event_id, submission, month, facility_id, item_id, rep_id, sold_units, sold_value, consumed_units,"
                + " consumed_value, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (var entry : tally.entrySet()) {
                SalesTally.Key key = entry.getKey();
                Amounts a = entry.getValue();
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, eventId);
                insert.setInt(3, submission);
                insert.setObject(4, key.month());
                insert.setObject(5, key.facilityId());
                insert.setObject(6, key.itemId());
                insert.setObject(7, key.repId());
                insert.setLong(8, a.soldUnits());
                insert.setBigDecimal(9, a.soldValue());
                insert.setLong(10, a.consumedUnits());
                insert.setBigDecimal(11, a.consumedValue());
                insert.setTimestamp(12, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the dashboard contribution of event " + eventId, e);
        }
        roll(tally);
    }

    @Override
    public void takeBack(UUID eventId) {
        Map<SalesTally.Key, Amounts> back = new TreeMap<>();
        try (PreparedStatement taken = connection().prepareStatement("UPDATE " + table("fs_sales_contribution")
                + " SET taken_back_at = ? WHERE event_id = ? AND taken_back_at IS NULL RETURNING month, facility_id,"
                + " item_id, rep_id, sold_units, sold_value, consumed_units, consumed_value")) {
            taken.setTimestamp(1, Timestamp.from(Instant.now()));
            taken.setObject(2, eventId);
            try (ResultSet rs = taken.executeQuery()) {
                while (rs.next()) {
                    SalesTally.Key key = new SalesTally.Key(rs.getObject(1, LocalDate.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getObject(4, UUID.class));
                    Amounts amounts = new Amounts(rs.getLong(5), rs.getBigDecimal(6), rs.getLong(7), rs.getBigDecimal(8));
                    back.merge(key, amounts.negate(), Amounts::plus);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take back the dashboard contribution of event " + eventId, e);
        }
        roll(back);
    }

    /** Adds the amounts to each dimension's rollup rows, in (dimension, month, key) order. */
    private void roll(Map<SalesTally.Key, Amounts> tally) {
        Map<String, Amounts> rows = new TreeMap<>();
        for (var entry : tally.entrySet()) {
            SalesTally.Key key = entry.getKey();
            for (Dimension dimension : Dimension.values()) {
                UUID keyId = switch (dimension) {
                    case FACILITY -> key.facilityId();
                    case ITEM -> key.itemId();
                    case REP -> key.repId();
                    case MONTH -> ALL;
                };
                rows.merge(dimension.wire() + "|" + key.month() + "|" + keyId, entry.getValue(), Amounts::plus);
            }
        }
        try (PreparedStatement upsert = connection().prepareStatement("INSERT INTO " + table("fs_sales_rollup")
                + " AS r (dimension, month, key_id, sold_units, sold_value, consumed_units, consumed_value)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT uq_fs_sales_rollup DO UPDATE SET"
                + " sold_units = r.sold_units + EXCLUDED.sold_units, sold_value = r.sold_value + EXCLUDED.sold_value,"
                + " consumed_units = r.consumed_units + EXCLUDED.consumed_units,"
                + " consumed_value = r.consumed_value + EXCLUDED.consumed_value")) {
            for (var row : rows.entrySet()) {
                String[] key = row.getKey().split("\\|");
                Amounts a = row.getValue();
                upsert.setString(1, key[0]);
                upsert.setObject(2, LocalDate.parse(key[1]));
                upsert.setObject(3, UUID.fromString(key[2]));
                upsert.setLong(4, a.soldUnits());
                upsert.setBigDecimal(5, a.soldValue());
                upsert.setLong(6, a.consumedUnits());
                upsert.setBigDecimal(7, a.consumedValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the sales dashboard's rollups", e);
        }
    }

    @Override
    public List<Row> totals(Dimension dimension, LocalDate from, LocalDate to) {
        boolean byMonth = dimension == Dimension.MONTH;
        String sql = "SELECT " + (byMonth ? "month" : "key_id") + ", sum(sold_units), sum(sold_value), sum(consumed_units),"
                + " sum(consumed_value) FROM " + table("fs_sales_rollup") + " WHERE dimension = ? AND month BETWEEN ? AND ?"
                + " GROUP BY 1 ORDER BY 1";
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = connection().prepareStatement(sql)) {
            query.setString(1, dimension.wire());
            query.setObject(2, from);
            query.setObject(3, to);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Amounts amounts = new Amounts(rs.getLong(2), orZero(rs.getBigDecimal(3)), rs.getLong(4),
                            orZero(rs.getBigDecimal(5)));
                    rows.add(byMonth ? new Row(null, rs.getObject(1, LocalDate.class), amounts)
                            : new Row(rs.getObject(1, UUID.class), null, amounts));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the sales dashboard", e);
        }
        return rows;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The running transaction's connection; JPA owns it, so it is never closed here. */
    private Connection connection() {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("No connection: the dashboard's SQL runs inside a transaction");
        }
        return connection;
    }

    /** The table in the current tenant's schema; the schema name was validated when the tenant was created. */
    private String table(String name) {
        return tenants.require().schema() + "." + name;
    }
}
