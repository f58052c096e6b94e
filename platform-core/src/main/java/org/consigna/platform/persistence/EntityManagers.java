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
import java.util.Map;
import java.util.function.Supplier;
import org.consigna.platform.tenant.NoTenantException;
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

    private volatile EntityManagerFactory factory;

    @Produces
    @Dependent
    EntityManager tenantEntityManager() {
        return proxy(() -> {
            String schema = currentSchema();
            return bound("consigna.em.tenant." + schema, Map.of(TenantSchema.PROPERTY, schema));
        });
    }

    @Produces
    @Dependent
    @PlatformData
    EntityManager platformEntityManager() {
        return proxy(() -> bound("consigna.em.platform", Map.of()));
    }

    private String currentSchema() {
        try {
            return tenants.require().schema();
        } catch (ContextNotActiveException noRequest) {
            throw new NoTenantException();
        }
    }

    private EntityManager bound(String key, Map<String, Object> properties) {
        if (!transactions.isActive()) {
            throw new TransactionRequiredException(
                    "Persistent data is only reachable inside a transaction: mark the use case @Transactional");
        }
        TransactionSynchronizationRegistry registry = transactions.registry();
        EntityManager em = (EntityManager) registry.getResource(key);
        if (em == null) {
            EntityManager created = factory().createEntityManager(SynchronizationType.SYNCHRONIZED, properties);
            created.joinTransaction();
            registry.putResource(key, created);
            transactions.afterCompletion(created::close);
            em = created;
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
        if (factory != null) {
            factory.close();
        }
    }
}
