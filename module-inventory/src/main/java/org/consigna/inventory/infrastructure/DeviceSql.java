package org.consigna.inventory.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.consigna.inventory.application.DeviceQuery;
import org.consigna.inventory.domain.Wire;

/**
 * Builds the SQL of a device search. Every value is a bind parameter; the only text put into the
 * statement comes from this class, enum constants and the tenant's validated schema name.
 *
 * <p>A page for a caller who sees a few custodians is a UNION ALL of one branch per custodian, each
 * reading its custodian's index in sort order and stopping at the page size: {@code custodian_id =
 * ANY (...)} would make PostgreSQL read every device of those custodians and sort them, or walk the
 * whole tenant's newest-first index hoping to meet them.
 */
final class DeviceSql {

    /** Above this many visible custodians a page is one query with {@code = ANY}. */
    private static final int MAX_BRANCHES = 64;

    /** What a sort orders by; the expressions match the search indexes (see 0.1-search-indexes.xml). */
    static String sortExpression(DeviceQuery.Sort sort) {
        return switch (sort) {
            case RECEIVED -> "d.received_at";
            case EXPIRY -> "coalesce(d.expiry, DATE '9999-12-31')";
            case SERIAL -> "coalesce(d.serial, '')";
            case LOT -> "coalesce(d.lot, '')";
        };
    }

    /**
     * The sort expression as the query orders by it. With free text, by an expression no index
     * covers: the matching devices are few and found through the serial, lot and item indexes, but
     * when the statistics overestimate a prefix PostgreSQL walks the newest-first index instead,
     * testing every device until it has a page (a second over a million devices whose matches are old).
     * One or two characters match most devices, and there that walk is the quick way, so it stays.
     */
    static String orderExpression(DeviceQuery q) {
        boolean text = q.text() != null && q.text().trim().length() >= 3;
        return !text ? sortExpression(q.sort()) : switch (q.sort()) {
            case RECEIVED -> "(d.received_at + INTERVAL '0 seconds')";
            case EXPIRY -> "(coalesce(d.expiry, DATE '9999-12-31') + 0)";
            case SERIAL, LOT -> sortExpression(q.sort());
        };
    }

    final List<Object> parameters = new ArrayList<>();
    private final String sql;

    /** @param textItems ids of the items whose catalog number or description match the free text */
    DeviceSql(DeviceQuery q, TenantJdbc jdbc, boolean paged, Collection<UUID> textItems) {
        String direction = q.descending() ? " DESC" : "";
        String order = " ORDER BY sort_key" + direction + ", id" + direction;
        boolean branches = paged && q.scope() != null && q.custodianId() == null && q.scope().size() <= MAX_BRANCHES;
        if (branches && q.scope().isEmpty()) {
            sql = select(q, jdbc, textItems) + " AND false";
        } else if (branches) {
            List<String> parts = new ArrayList<>();
            for (UUID custodian : q.scope()) {
                String part = select(q, jdbc, textItems) + " AND d.custodian_id = ?";
                parameters.add(custodian);
                parts.add("(" + keysetAndLimit(q, part, order) + ")");
            }
            sql = "SELECT * FROM (" + String.join(" UNION ALL ", parts) + ") page" + order + " LIMIT ?";
            parameters.add(q.limit() + 1);
        } else {
            String all = select(q, jdbc, textItems);
            if (q.scope() != null) {
                all += " AND d.custodian_id = ANY (?)";
                parameters.add(new UuidArray(q.scope()));
            }
            sql = paged ? keysetAndLimit(q, all, order) : all + order;
        }
    }

    /** The device columns and every filter but custodian scope and keyset. */
    private String select(DeviceQuery q, TenantJdbc jdbc, Collection<UUID> textItems) {
        StringBuilder s = new StringBuilder("SELECT d.id, d.item_id, i.catalog_number, i.description, i.product_line_id, d.serial,")
                .append(" d.lot, d.expiry, d.quantity, d.status, d.custodian_id, d.custodian_kind, d.facility_id,")
                .append(" d.pending_transfer_id, d.inactive_cause, d.inactive_reason, d.inactive_at, d.received_at, d.udi,")
                .append(" (SELECT string_agg(t.tag, ',' ORDER BY t.tag) FROM ").append(jdbc.table("device_tag"))
                .append(" t WHERE t.device_id = d.id) AS tags, ").append(orderExpression(q)).append(" AS sort_key")
                .append(" FROM ").append(jdbc.table("device")).append(" d JOIN ").append(jdbc.table("item"))
                .append(" i ON i.id = d.item_id WHERE d.status IN (")
                .append(q.statuses().stream().map(st -> "'" + Wire.of(st) + "'").collect(Collectors.joining(", "))).append(")");
        where(s, "d.item_id = ?", q.itemId());
        where(s, "i.product_line_id = ?", q.productLineId());
        where(s, "lower(d.lot) = ?", lower(q.lot()));
        where(s, "lower(d.serial) = ?", lower(q.serial()));
        where(s, "d.custodian_id = ?", q.custodianId());
        where(s, "d.facility_id = ?", q.facilityId());
        where(s, "coalesce(d.expiry, DATE '9999-12-31') <= ?", q.expiringBy());
        // The tagged ids first, then those devices: the planner would otherwise walk the newest-first
        // index testing each device for the tag, a long way when the tag sits on old devices.
        where(s, "d.id = ANY (ARRAY(SELECT t.device_id FROM " + jdbc.table("device_tag") + " t WHERE t.tag = ?))", lower(q.tag()));
        if (q.inPendingTransfer() != null) {
            s.append(q.inPendingTransfer() ? " AND d.pending_transfer_id IS NOT NULL" : " AND d.pending_transfer_id IS NULL");
        }
        if (q.text() != null && !q.text().isBlank()) {
            String prefix = escapeLike(q.text().trim().toLowerCase(Locale.ROOT)) + "%";
            s.append(" AND (lower(d.serial) LIKE ? OR lower(d.lot) LIKE ?");
            parameters.add(prefix);
            parameters.add(prefix);
            if (!textItems.isEmpty()) {
                s.append(" OR d.item_id = ANY (?)");
                parameters.add(new UuidArray(textItems));
            }
            s.append(")");
        }
        return s.toString();
    }

    private String keysetAndLimit(DeviceQuery q, String select, String order) {
        StringBuilder s = new StringBuilder(select);
        if (q.after() != null) {
            s.append(" AND (").append(orderExpression(q)).append(", d.id) ").append(q.descending() ? "<" : ">").append(" (?, ?)");
            parameters.add(q.after().typedValue());
            parameters.add(q.after().id());
        }
        parameters.add(q.limit() + 1);
        return s.append(order.replace("sort_key", orderExpression(q)).replace(", id", ", d.id")).append(" LIMIT ?").toString();
    }

    private void where(StringBuilder s, String condition, Object value) {
        if (value != null) {
            s.append(" AND ").append(condition);
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
        return sql;
    }

    /** A set of ids, bound as a uuid[]. */
    record UuidArray(Collection<UUID> ids) {
    }
}
