package org.consigna.inventory.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.consigna.inventory.application.DeviceQuery;
import org.consigna.inventory.domain.Wire;

/**
 * Builds the SQL of a device search. Every value is a bind parameter; the only text put into the
 * statement comes from this class, enum constants and the tenant's validated schema name.
 */
final class DeviceSql {

    /** What a sort orders by; the expressions match the search indexes (see 0.1-search-indexes.xml). */
    static String sortExpression(DeviceQuery.Sort sort) {
        return switch (sort) {
            case RECEIVED -> "d.received_at";
            case EXPIRY -> "coalesce(d.expiry, DATE '9999-12-31')";
            case SERIAL -> "coalesce(d.serial, '')";
            case LOT -> "coalesce(d.lot, '')";
        };
    }

    final List<Object> parameters = new ArrayList<>();
    private final StringBuilder sql = new StringBuilder();

    DeviceSql(DeviceQuery q, TenantJdbc jdbc, boolean paged) {
        String sortExpr = sortExpression(q.sort());
        sql.append("SELECT d.id, d.item_id, i.catalog_number, i.description, i.product_line_id, d.serial, d.lot, d.expiry,")
                .append(" d.quantity, d.status, d.custodian_id, d.custodian_kind, d.facility_id, d.pending_transfer_id,")
                .append(" d.inactive_cause, d.inactive_reason, d.inactive_at, d.received_at, d.udi,")
                .append(" (SELECT string_agg(t.tag, ',' ORDER BY t.tag) FROM ").append(jdbc.table("device_tag"))
                .append(" t WHERE t.device_id = d.id) AS tags, ").append(sortExpr).append(" AS sort_key")
                .append(" FROM ").append(jdbc.table("device")).append(" d JOIN ").append(jdbc.table("item"))
                .append(" i ON i.id = d.item_id WHERE ");
        sql.append("d.status IN (").append(q.statuses().stream().map(s -> "'" + Wire.of(s) + "'")
                .collect(Collectors.joining(", "))).append(")");
        where("d.item_id = ?", q.itemId());
        where("i.product_line_id = ?", q.productLineId());
        where("lower(d.lot) = ?", lower(q.lot()));
        where("lower(d.serial) = ?", lower(q.serial()));
        where("d.custodian_id = ?", q.custodianId());
        where("d.facility_id = ?", q.facilityId());
        where("coalesce(d.expiry, DATE '9999-12-31') <= ?", q.expiringBy());
        where("EXISTS (SELECT 1 FROM " + jdbc.table("device_tag") + " t WHERE t.device_id = d.id AND t.tag = ?)", lower(q.tag()));
        if (q.inPendingTransfer() != null) {
            sql.append(q.inPendingTransfer() ? " AND d.pending_transfer_id IS NOT NULL" : " AND d.pending_transfer_id IS NULL");
        }
        if (q.text() != null && !q.text().isBlank()) {
            String text = escapeLike(q.text().trim().toLowerCase(Locale.ROOT));
            sql.append(" AND (lower(d.serial) LIKE ? OR lower(d.lot) LIKE ? OR d.item_id IN (SELECT x.id FROM ")
                    .append(jdbc.table("item")).append(" x WHERE lower(x.catalog_number) LIKE ? OR lower(x.description) LIKE ?))");
            parameters.add(text + "%");
            parameters.add(text + "%");
            parameters.add("%" + text + "%");
            parameters.add("%" + text + "%");
        }
        if (q.scope() != null) {
            sql.append(" AND d.custodian_id = ANY (?)");
            parameters.add(new UuidArray(q.scope()));
        }
        String direction = q.descending() ? " DESC" : "";
        if (paged && q.after() != null) {
            sql.append(" AND (").append(sortExpr).append(", d.id) ").append(q.descending() ? "<" : ">").append(" (?, ?)");
            parameters.add(q.after().typedValue());
            parameters.add(q.after().id());
        }
        sql.append(" ORDER BY ").append(sortExpr).append(direction).append(", d.id").append(direction);
        if (paged) {
            sql.append(" LIMIT ?");
            parameters.add(q.limit() + 1);
        }
    }

    private void where(String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            parameters.add(value);
        }
    }

    private static String lower(String value) {
        return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    /** LIKE treats % and _ as wildcards and \ as escape; a search for them means the characters. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    String sql() {
        return sql.toString();
    }

    /** A set of custodian ids, bound as a uuid[]. */
    record UuidArray(java.util.Collection<java.util.UUID> ids) {
    }
}
