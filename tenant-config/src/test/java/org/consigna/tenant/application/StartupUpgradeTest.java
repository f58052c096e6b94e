package org.consigna.tenant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.platform.migration.AppliedMigration;
import org.consigna.platform.migration.DatabaseSettings;
import org.consigna.platform.migration.MigrationRunner;
import org.consigna.platform.module.ConsignaModule;
import org.consigna.platform.module.ModuleRegistry;
import org.consigna.tenant.domain.TenantModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What start-up does per tenant, against real PostgreSQL: a tenant whose recorded fingerprints
 * match the shipped changelogs is skipped without Liquibase; an outdated one is migrated.
 */
class StartupUpgradeTest {

    private static final String URL = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://localhost:5432/postgres");

    record Module(String changelog) implements ConsignaModule {
        @Override
        public String id() {
            return "upgrade-test";
        }

        @Override
        public Optional<String> tenantChangelog() {
            return Optional.of(changelog);
        }
    }

    private final String schema = "t_upgrade_" + UUID.randomUUID().toString().substring(0, 8);
    private final DatabaseSettings database = new DatabaseSettings(URL, "postgres", "postgres");
    private final MigrationRunner runner = new MigrationRunner(database);

    private TenantProvisioning provisioning(String changelog) {
        TenantProvisioning provisioning = new TenantProvisioning();
        provisioning.modules = ModuleRegistry.of(List.of(new Module(changelog)));
        provisioning.migrations = runner;
        return provisioning;
    }

    @BeforeEach
    @AfterEach
    void dropScratchSchema() throws SQLException {
        sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void aCurrentTenantIsSkippedAndAnOutdatedOneIsMigrated() throws SQLException {
        TenantModule state = new TenantModule("upgrade", "upgrade-test", Instant.now());

        List<AppliedMigration> first = provisioning("db/upgrade-test/changelog-v1.xml").migrateOutdated(database, schema, List.of(state));
        assertThat(first).extracting(AppliedMigration::version).containsExactly("1-widget");
        assertThat(tableExists("widget")).isTrue();
        state.migrated(first.get(0), Instant.now());

        // Hide Liquibase's tracking table: if Liquibase ran now, it would try to create widget again and fail.
        sql("ALTER TABLE " + schema + ".databasechangelog_upgrade_test RENAME TO hidden_tracking");
        assertThat(provisioning("db/upgrade-test/changelog-v1.xml").migrateOutdated(database, schema, List.of(state)))
                .as("a tenant whose fingerprint matches is skipped without running Liquibase").isEmpty();
        sql("ALTER TABLE " + schema + ".hidden_tracking RENAME TO databasechangelog_upgrade_test");

        List<AppliedMigration> upgrade = provisioning("db/upgrade-test/changelog-v2.xml").migrateOutdated(database, schema, List.of(state));
        assertThat(upgrade).extracting(AppliedMigration::version).containsExactly("2-gadget");
        assertThat(tableExists("gadget")).isTrue();
        assertThat(upgrade.get(0).fingerprint()).isNotEqualTo(first.get(0).fingerprint());
    }

    /**
     * A migration that died (its server killed) leaves Liquibase's lock row set; Liquibase alone would wait five
     * minutes for it and then fail the tenant. The next migration clears it (it holds the schema's advisory lock, so
     * no live migration owns the row) and goes on at once.
     */
    @Test
    void aLiquibaseLockLeftByADeadMigrationDoesNotHoldTheNextOne() throws Exception {
        TenantModule state = new TenantModule("upgrade", "upgrade-test", Instant.now());
        state.migrated(provisioning("db/upgrade-test/changelog-v1.xml").migrateOutdated(database, schema, List.of(state)).get(0),
                Instant.now());
        sql("UPDATE " + schema + ".databasechangeloglock_upgrade_test SET locked = true, lockgranted = now(),"
                + " lockedby = 'a node killed mid-migration'");

        List<AppliedMigration> upgrade = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> provisioning("db/upgrade-test/changelog-v2.xml").migrateOutdated(database, schema, List.of(state)));

        assertThat(upgrade).extracting(AppliedMigration::version).containsExactly("2-gadget");
        assertThat(tableExists("gadget")).isTrue();
        assertThat(locked()).as("Liquibase's lock after the migration").isFalse();
    }

    /** Migrations running at once in one JVM (parallel provisioning) leave no Liquibase lock set behind. */
    @Test
    void parallelMigrationsLeaveNoLockBehind() throws Exception {
        List<String> schemas = java.util.stream.IntStream.range(0, 24).mapToObj(i -> schema + "_p" + i).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<AppliedMigration>>> runs = new java.util.ArrayList<>();
            for (String each : schemas) {
                TenantModule state = new TenantModule("upgrade", "upgrade-test", Instant.now());
                runs.add(pool.submit(() -> provisioning("db/upgrade-test/changelog-v2.xml").migrateOutdated(database, each, List.of(state))));
            }
            for (var run : runs) {
                assertThat(run.get()).extracting(AppliedMigration::version).containsExactly("2-gadget");
            }
            for (String each : schemas) {
                try (Connection c = DriverManager.getConnection(URL, "postgres", "postgres"); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT bool_or(locked) FROM " + each + ".databasechangeloglock_upgrade_test")) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).as("Liquibase's lock in %s", each).isFalse();
                }
            }
        } finally {
            pool.shutdown();
            for (String each : schemas) {
                sql("DROP SCHEMA IF EXISTS " + each + " CASCADE");
            }
        }
    }

    private boolean locked() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT bool_or(locked) FROM " + schema + ".databasechangeloglock_upgrade_test")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM information_schema.tables WHERE table_schema = '" + schema
                     + "' AND table_name = '" + table + "'")) {
            return rs.next();
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
