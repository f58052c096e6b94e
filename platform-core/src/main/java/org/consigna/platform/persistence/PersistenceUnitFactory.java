package org.consigna.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.consigna.platform.database.DatabaseClusters;
import org.consigna.platform.module.ConsignaModule;
import org.consigna.platform.module.ModuleRegistry;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

/** Builds the platform's EntityManagerFactory from the entities of every installed module. */
@ApplicationScoped
public class PersistenceUnitFactory {

    private static final Logger LOG = Logger.getLogger(PersistenceUnitFactory.class.getName());

    @Inject
    ModuleRegistry modules;

    /**
     * The platform's factory: the entities of the platform schema only. No shared cache either: with
     * several nodes, each node's copy of a tenant row (its status, its modules) would stay as it was when
     * that node last read it, whatever another node committed since. What a request needs of the platform
     * schema is cached by the caches that {@code CacheInvalidation} keeps coherent across nodes.
     */
    EntityManagerFactory create(DataSource dataSource) {
        return create(dataSource, type -> !isTenantEntity(type), Map.of(
                PersistenceUnitProperties.SESSION_CUSTOMIZER, PersistenceConventions.of(),
                PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false"));
    }

    /**
     * The factory of every tenant in one database cluster: its tables name no schema, each transaction's connection is pointed at
     * its tenant's schema ({@link EntityManagers}). No shared cache, and it must stay off: the cache keys a
     * row by its primary key alone, so a row cached for one tenant would answer another tenant's read of
     * the same key. (Rows that the modules write with SQL, COPY and set-based updates, are not shadowed
     * by a cached copy either.)
     */
    EntityManagerFactory createForTenants(DataSource dataSource, String cluster) {
        // one factory per database cluster; EclipseLink keeps sessions by name, so each cluster's has its own
        String session = ModulesPersistenceUnit.NAME + "-tenants" + (DatabaseClusters.MAIN.equals(cluster) ? "" : "-" + cluster);
        return create(dataSource, type -> !isPlatformEntity(type), Map.of(
                PersistenceUnitProperties.SESSION_CUSTOMIZER, PersistenceConventions.of(),
                PersistenceUnitProperties.SESSION_NAME, session,
                PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false"));
    }

    /** A tenant entity names no schema: it lives in whichever tenant schema its factory serves. */
    static boolean isTenantEntity(Class<?> type) {
        return type.isAnnotationPresent(Entity.class) && !isPlatformEntity(type);
    }

    /** A platform entity names its schema, {@code @Table(schema = "platform")}. */
    static boolean isPlatformEntity(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        return type.isAnnotationPresent(Entity.class) && table != null && !table.schema().isEmpty();
    }

    private EntityManagerFactory create(DataSource dataSource, Predicate<Class<?>> include, Map<String, Object> extra) {
        List<String> entities = Stream.concat(Stream.of(InstantConverter.class),
                        modules.all().stream().map(ConsignaModule::entities).flatMap(Set::stream))
                .filter(include)
                .map(Class::getName)
                .sorted()
                .toList();
        LOG.fine(() -> "Persistence unit with " + entities.size() + " entities: " + entities);
        URL root = PersistenceUnitFactory.class.getProtectionDomain().getCodeSource().getLocation();
        ModulesPersistenceUnit unit = new ModulesPersistenceUnit(entities, dataSource,
                PersistenceUnitFactory.class.getClassLoader(), root);
        Map<String, Object> properties = new HashMap<>(extra);
        properties.putAll(Map.of(
                "eclipselink.target-server", "Glassfish",
                "eclipselink.target-database", "PostgreSQL",
                "eclipselink.weaving", "false",
                "eclipselink.logging.level", "WARNING",
                "eclipselink.jdbc.batch-writing", "JDBC",
                "eclipselink.jdbc.batch-writing.size", "500",
                "jakarta.persistence.validation.mode", "NONE"));
        return new PersistenceProvider().createContainerEntityManagerFactory(unit, properties);
    }
}
