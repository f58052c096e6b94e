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
import java.util.function.Supplier;
import org.consigna.platform.tenant.NoTenantException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.consigna.platform.tenant.TenantContext;

/**
 * Hands out EntityManagers bound to the current JTA transaction. The default one is bound to the
 * current tenant's schema, looked up on every use, so module code cannot forget it and cannot
 * reach another tenant; without a tenant it fails with {@link NoTenantException}.
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
    @ConfigProperty(name = "consigna.persistence.open-tenant-factories", defaultValue = "100")
    int tenantFactoryCapacity;

    private volatile EntityManagerFactory factory;
    private volatile TenantFactories tenantFactories;

    @Produces
    @Dependent
    EntityManager tenantEntityManager() {
        return proxy(() -> {
            String schema = currentSchema();
            return bound("consigna.em.tenant." + schema, () -> {
                TenantFactories.Lease lease = tenantFactories().acquire(schema);
                try {
                    EntityManager em = lease.factory().createEntityManager(SynchronizationType.SYNCHRONIZED);
                    return new Opened(em, lease::close);
                } catch (RuntimeException e) {
                    lease.close();
                    throw e;
                }
            });
        });
    }

    @Produces
    @Dependent
    @PlatformData
    EntityManager platformEntityManager() {
        return proxy(() -> bound("consigna.em.platform",
                () -> new Opened(factory().createEntityManager(SynchronizationType.SYNCHRONIZED), () -> { })));
    }

    private String currentSchema() {
        try {
            return tenants.require().schema();
        } catch (ContextNotActiveException noRequest) {
            throw new NoTenantException();
        }
    }

    /** An EntityManager and what to do once it is closed. */
    private record Opened(EntityManager em, Runnable afterClose) {
    }

    private EntityManager bound(String key, Supplier<Opened> open) {
        if (!transactions.isActive()) {
            throw new TransactionRequiredException(
                    "Persistent data is only reachable inside a transaction: mark the use case @Transactional");
        }
        TransactionSynchronizationRegistry registry = transactions.registry();
        EntityManager em = (EntityManager) registry.getResource(key);
        if (em == null) {
            Opened opened = open.get();
            em = opened.em();
            try {
                em.joinTransaction();
                registry.putResource(key, em);
            } catch (RuntimeException e) {
                em.close();
                opened.afterClose().run();
                throw e;
            }
            EntityManager created = em;
            transactions.afterCompletion(() -> {
                try {
                    created.close();
                } finally {
                    opened.afterClose().run();
                }
            });
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

    /** Tenant factories open now (at most {@code consigna.persistence.open-tenant-factories}). */
    @Gauge(name = "consigna.persistence.tenant-factories.open", absolute = true, unit = MetricUnits.NONE,
            description = "EntityManagerFactories open for tenant schemas")
    public long openTenantFactories() {
        return tenantFactories == null ? 0 : tenantFactories.open().size();
    }

    /** Tenant factories closed to stay within capacity since start-up; a steady climb means the capacity is too small. */
    @Gauge(name = "consigna.persistence.tenant-factories.retired", absolute = true, unit = MetricUnits.NONE,
            description = "Tenant EntityManagerFactories retired (least recently used) since start-up")
    public long retiredTenantFactories() {
        return tenantFactories == null ? 0 : tenantFactories.retired();
    }

    private TenantFactories tenantFactories() {
        TenantFactories result = tenantFactories;
        if (result == null) {
            synchronized (this) {
                result = tenantFactories;
                if (result == null) {
                    tenantFactories = result = new TenantFactories(tenantFactoryCapacity,
                            schema -> units.createForTenant(transactions.dataSource(), schema));
                }
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
        if (tenantFactories != null) {
            tenantFactories.close();
        }
        if (factory != null) {
            factory.close();
        }
    }
}
