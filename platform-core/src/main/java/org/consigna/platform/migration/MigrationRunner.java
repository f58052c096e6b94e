package org.consigna.platform.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.consigna.platform.module.ConsignaModule;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Applies Liquibase changelogs. Each run gets its own connection (never a pooled one, since
 * Liquibase leaves {@code search_path} behind) and each module its own tracking tables, so
 * modules migrate independently and a failed run can simply be run again.
 */
@ApplicationScoped
public class MigrationRunner {

    private static final Logger LOG = Logger.getLogger(MigrationRunner.class.getName());
    private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Map<String, Object> LIQUIBASE_SETTINGS = Map.of(
            "liquibase.analytics.enabled", false,
            "liquibase.showBanner", false);

    @Inject
    DatabaseSettings database;

    private final Map<String, AppliedMigration> fingerprints = new ConcurrentHashMap<>();

    public MigrationRunner() {
    }

    /** A runner outside the container, for tools and tests. */
    public MigrationRunner(DatabaseSettings database) {
        this.database = database;
    }

    /** Creates the schema if needed and brings the module's tables in it up to date, in the main database. */
    public AppliedMigration migrate(String schema, ConsignaModule module, String changelog) {
        return migrate(database, schema, module, changelog);
    }

    /** The same in the given database (the cluster a tenant's schema lives in). */
    public AppliedMigration migrate(DatabaseSettings target, String schema, ConsignaModule module, String changelog) {
        requireSchemaName(schema);
        try (Connection connection = connect(target)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            }
            String suffix = module.id().replace('-', '_');
            String lockTable = "databasechangeloglock_" + suffix;
            holdMigrationLock(connection, schema, module, lockTable);
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            db.setDefaultSchemaName(schema);
            db.setLiquibaseSchemaName(schema);
            db.setDatabaseChangeLogTableName("databasechangelog_" + suffix);
            db.setDatabaseChangeLogLockTableName(lockTable);
            inScope(module, accessor -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, db)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .execute());
            // Liquibase runs at once in one JVM (parallel provisioning, the start-up upgrade) can leave their lock row
            // set (seen: 154 rows after 1,000 tenants provisioned 4 at a time); the row is ours while we hold the
            // advisory lock, so it is released here rather than left to hold the schema's next migration.
            clearLiquibaseLock(connection, schema, lockTable, false);
            return fingerprint(module, changelog);
        } catch (SQLException | liquibase.exception.LiquibaseException | RuntimeException e) {
            throw new MigrationException("Module '" + module.id() + "' could not migrate schema " + schema + ": "
                    + rootMessage(e), e);
        }
    }

    /**
     * Takes the session-level advisory lock of this schema and module (held until the connection closes, so a
     * migration that dies, with its server, releases it) and then clears Liquibase's own lock row, if one was left
     * set: every migration of the schema and module holds the advisory lock first, so a set row belongs to no live
     * migration. Liquibase's row lock alone survives a crash and, left set, holds the next migration of the schema
     * for Liquibase's five-minute lock timeout before failing it (seen after parallel provisioning of 200 tenants).
     */
    private static void holdMigrationLock(Connection connection, String schema, ConsignaModule module, String lockTable)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(hashtext(?))")) {
            lock.setString(1, "consigna.migration:" + schema + ":" + module.id());
            lock.execute();
        }
        clearLiquibaseLock(connection, schema, lockTable, true);
    }

    /** Sets Liquibase's lock row of the schema free; the caller holds the schema's advisory lock. */
    private static void clearLiquibaseLock(Connection connection, String schema, String lockTable, boolean warn)
            throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            exists.setString(1, schema + "." + lockTable);
            try (ResultSet found = exists.executeQuery()) {
                if (!found.next() || !found.getBoolean(1)) {
                    return;
                }
            }
        }
        try (Statement clear = connection.createStatement()) {
            int cleared = clear.executeUpdate("UPDATE " + schema + "." + lockTable
                    + " SET locked = false, lockgranted = null, lockedby = null WHERE locked");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            if (cleared > 0 && warn) {
                LOG.warning(() -> "Cleared a Liquibase lock left set in " + schema + "." + lockTable
                        + " (no migration of it was running)");
            }
        }
    }

    /** The version and fingerprint of a changelog as shipped, computed once per module and changelog. */
    public AppliedMigration fingerprint(ConsignaModule module, String changelog) {
        return fingerprints.computeIfAbsent(module.id() + "|" + changelog, key -> {
            MessageDigest digest = sha256();
            List<ChangeSet> changeSets = inScope(module, accessor -> {
                DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(changelog, accessor)
                        .parse(changelog, new ChangeLogParameters(), accessor);
                return log.getChangeSets();
            });
            for (ChangeSet changeSet : changeSets) {
                digest.update((changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor() + "::"
                        + changeSet.generateCheckSum(ChecksumVersion.latest()) + "\n").getBytes());
            }
            String version = changeSets.isEmpty() ? "" : changeSets.get(changeSets.size() - 1).getId();
            return new AppliedMigration(module.id(), version, HexFormat.of().formatHex(digest.digest()));
        });
    }

    private interface LiquibaseWork<T> {
        T run(ResourceAccessor accessor) throws Exception;
    }

    private static <T> T inScope(ConsignaModule module, LiquibaseWork<T> work) {
        ResourceAccessor accessor = new ClassLoaderResourceAccessor(module.getClass().getClassLoader());
        Map<String, Object> scope = new HashMap<>(LIQUIBASE_SETTINGS);
        scope.put(Scope.Attr.resourceAccessor.name(), accessor);
        try {
            return Scope.child(scope, () -> work.run(accessor));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public Connection connect() throws SQLException {
        return connect(database);
    }

    private static Connection connect(DatabaseSettings database) throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(database.url());
        source.setUser(database.user());
        source.setPassword(database.password());
        return source.getConnection();
    }

    public static void requireSchemaName(String schema) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a safe schema name: " + schema);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
