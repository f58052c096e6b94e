package org.consigna.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct access to the test database, for setting up faults and checking what is stored. */
public final class Postgres {

    static final String URL = System.getProperty("consigna.it.db.url", "jdbc:postgresql://localhost:5432/consigna_it");
    static final String USER = System.getenv().getOrDefault("DB_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("DB_PASSWORD", "");

    private Postgres() {
    }

    /** Creates the integration-test database on first use. */
    public static synchronized void ensureDatabase() {
        String name = URL.substring(URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String admin = URL.substring(0, URL.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, USER, PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + admin
                    + " - start it (see README) or set DB_URL: " + e.getMessage(), e);
        }
    }

    static void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean exists(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
