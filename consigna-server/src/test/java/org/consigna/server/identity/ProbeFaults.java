package org.consigna.server.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.consigna.server.Postgres;

/** Switches the probe module's onboarding fault on and off for a tenant. */
final class ProbeFaults {

    private ProbeFaults() {
    }

    static void failStep(String tenantId) {
        run("INSERT INTO platform.probe_fault (schema_name) VALUES (?)", tenantId);
    }

    static void clearStep(String tenantId) {
        run("DELETE FROM platform.probe_fault WHERE schema_name = ?", tenantId);
    }

    private static void run(String sql, String tenantId) {
        try (Connection c = Postgres.connect();
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, "step:" + tenantId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
