package org.consigna.server.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.consigna.server.Postgres;

/** A fingerprint of everything a tenant has stored (its schema, its platform rows, the tenant count): equal means unchanged. */
final class TenantState {

    private final String sql;
    private final String tenantId;

    TenantState(String tenantId) {
        this.tenantId = tenantId;
        String schema = "t_" + tenantId.replace('-', '_');
        List<String> parts = new ArrayList<>();
        try (Connection c = Postgres.connect(); PreparedStatement s = c.prepareStatement("SELECT table_name FROM "
                + "information_schema.tables WHERE table_schema = ? AND table_name NOT LIKE 'databasechangelog%' ORDER BY 1")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    parts.add(rows(schema + "." + rs.getString(1), "true"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        parts.add(rows("platform.member", "t.tenant_id = ?1"));
        parts.add(rows("platform.sharing_link", "t.tenant_id = ?1"));
        parts.add(rows("platform.tenant", "t.id = ?1"));
        // Which modules are enabled, not their migration stamps: those are the platform's own bookkeeping.
        parts.add("(SELECT 'platform.tenant_module:' || coalesce(string_agg(module_id, ',' ORDER BY module_id), '-')"
                + " FROM platform.tenant_module WHERE tenant_id = ?1)");
        parts.add("(SELECT count(*)::text FROM platform.tenant)");
        this.sql = ("SELECT " + String.join(" || '|' || ", parts)).replace("?1", "'" + tenantId + "'");
    }

    private static String rows(String table, String where) {
        return "(SELECT '" + table + ":' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '-') FROM " + table
                + " t WHERE " + where + ")";
    }

    /** The tables whose rows differ between two fingerprints. */
    static java.util.Set<String> changed(String before, String after) {
        java.util.Set<String> parts = new java.util.TreeSet<>(List.of(after.split("\\|")));
        parts.removeAll(List.of(before.split("\\|")));
        return parts.stream().map(p -> p.contains(":") ? p.substring(0, p.indexOf(':')) : p)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    String fingerprint() {
        try (Connection c = Postgres.connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Fingerprint of " + tenantId + " failed", e);
        }
    }

    static long count(String tenantId, String table) {
        try (Connection c = Postgres.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM t_" + tenantId.replace('-', '_') + "." + table); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
