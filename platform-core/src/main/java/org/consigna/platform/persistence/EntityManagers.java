package org.consigna.platform.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SynchronizationType;
import jakarta.persistence.TransactionRequiredException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.consigna.platform.database.DatabaseClusters;
import org.consigna.platform.migration.MigrationRunner;
import org.consigna.platform.tenant.NoTenantException;
import org.consigna.platform.tenant.TenantContext;
import org.consigna.platform.tenant.TenantRef;

/**
 * Hands out EntityManagers bound to the current JTA transaction. The default one is bound to the
 * current tenant's schema, looked up on every use, so module code cannot forget it and cannot
 * reach another tenant; without a tenant it fails with {@link NoTenantException}.
 *
 * <p>All tenants of a database cluster ({@link DatabaseClusters}; the registry names each tenant's) share one
 * EntityManagerFactory on that cluster's data source, whose tables name no schema. The transaction's
 * connection is switched to the tenant's schema with {@code SET LOCAL search_path} when the tenant's
 * EntityManager joins it, so PostgreSQL resolves every table (and sequence) in that schema until the
 * transaction ends; the pooled connection then goes back to the pool without it. A transaction serves
 * one tenant: asking for a second tenant's EntityManager in it fails. The tenant factory has no shared
 * cache (a row cached by primary key would be seen by every tenant). Should the switch ever be missed,
 * the tables resolve to no schema of ours and the statement fails; it cannot read another tenant.
 */
@ApplicationScoped
public class EntityManagers {

    @Inject
    Transactions transactions;

    @Inject
    TenantContext tenants;

    @Inject
    PersistenceUnitFactory units;

    @Inject
    DatabaseClusters clusters;

    private static final String TENANT_KEY = "consigna.em.tenant";
    private static final String TENANT_SCHEMA_KEY = "consigna.em.tenant.schema";

    private volatile EntityManagerFactory factory;
    /** One tenant factory per database cluster, each on that cluster's data source. */
    private final Map<String, EntityManagerFactory> tenantFactories = new ConcurrentHashMap<>();

    @Produces
    @Dependent
    EntityManager tenantEntityManager() {
        return proxy(() -> {
            TenantRef tenant = currentTenant();
            String schema = tenant.schema();
            EntityManager em = bound(TENANT_KEY,
                    () -> tenantFactory(tenant.cluster()).createEntityManager(SynchronizationType.SYNCHRONIZED),
                    opened -> switchTo(opened, schema));
            Object bound = transactions.registry().getResource(TENANT_SCHEMA_KEY);
            if (!schema.equals(bound)) {
                throw new IllegalStateException("This transaction already works in tenant schema " + bound
                        + "; tenant " + schema + " needs a transaction of its own");
            }
            return em;
        });
    }

    @Produces
    @Dependent
    @PlatformData
    EntityManager platformEntityManager() {
        return proxy(() -> bound("consigna.em.platform",
                () -> factory().createEntityManager(SynchronizationType.SYNCHRONIZED), opened -> { }));
    }

    /** Points the transaction's connection at the tenant's schema, until the transaction ends. */
    private void switchTo(EntityManager em, String schema) {
        MigrationRunner.requireSchemaName(schema);
        Connection connection = em.unwrap(Connection.class);
        try (Statement statement = connection.createStatement()) {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("The tenant's connection is not in a transaction");
            }
            statement.execute("SET LOCAL search_path TO " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not switch the connection to tenant schema " + schema, e);
        }
        transactions.registry().putResource(TENANT_SCHEMA_KEY, schema);
    }

    private TenantRef currentTenant() {
        try {
            return tenants.require();
        } catch (ContextNotActiveException noRequest) {
            throw new NoTenantException();
        }
    }

    private EntityManager bound(String key, Supplier<EntityManager> open, Consumer<EntityManager> prepare) {
        if (!transactions.isActive()) {
            throw new TransactionRequiredException(
                    "Persistent data is only reachable inside a transaction: mark the use case @Transactional");
        }
        TransactionSynchronizationRegistry registry = transactions.registry();
        EntityManager em = (EntityManager) registry.getResource(key);
        if (em == null) {
            em = open.get();
            try {
                em.joinTransaction();
                prepare.accept(em);
                registry.putResource(key, em);
            } catch (RuntimeException e) {
                em.close();
                throw e;
            }
            EntityManager created = em;
            transactions.afterCompletion(created::close);
        }
        return em;
    }

    private EntityManagerFactory factory() {
        EntityManagerFactory result = factory;
        if (result == null) {
            synchronized (this) {
                result = factory;
                if (result == null) {
                    factory = result = units.create(transactions.dataSource());
                }
            }
        }
        return result;
    }

    /** The factory of the tenants in a database cluster ({@code TenantRef.cluster()}), one per cluster. */
    private EntityManagerFactory tenantFactory(String cluster) {
        EntityManagerFactory result = tenantFactories.get(cluster);
        if (result == null) {
            clusters.settings(cluster); // a cluster this server is not configured for fails here, clearly
            synchronized (this) {
                result = tenantFactories.computeIfAbsent(cluster,
                        name -> units.createForTenants(transactions.dataSource(name), name));
            }
        }
        return result;
    }

    private static EntityManager proxy(Supplier<EntityManager> target) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> "EntityManager bound to the current transaction";
                };
            }
            try {
                return method.invoke(target.get(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, handler);
    }

    @PreDestroy
    void close() {
        tenantFactories.values().forEach(EntityManagerFactory::close);
        if (factory != null) {
            factory.close();
        }
    }
}
