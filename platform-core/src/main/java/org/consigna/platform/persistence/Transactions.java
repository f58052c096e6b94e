package org.consigna.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.consigna.platform.database.DatabaseClusters;

/**
 * The container's transaction registry and data source, looked up by their standard names
 * (resource injection into library jars is not reliable across containers).
 */
@ApplicationScoped
public class Transactions {

    private volatile TransactionSynchronizationRegistry registry;
    private volatile DataSource dataSource;
    private final Map<String, DataSource> clusterSources = new ConcurrentHashMap<>();

    public TransactionSynchronizationRegistry registry() {
        if (registry == null) {
            registry = lookup("java:comp/TransactionSynchronizationRegistry");
        }
        return registry;
    }

    public DataSource dataSource() {
        if (dataSource == null) {
            dataSource = lookup(TenantSchema.DATA_SOURCE);
        }
        return dataSource;
    }

    /** The pooled data source of a database cluster: the application's own for main, one made at boot otherwise. */
    public DataSource dataSource(String cluster) {
        if (DatabaseClusters.MAIN.equals(cluster)) {
            return dataSource();
        }
        return clusterSources.computeIfAbsent(cluster, name -> lookup(DatabaseClusters.dataSourceName(name)));
    }

    public boolean isActive() {
        return registry().getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /** Runs the action once the current transaction has ended, however it ended. */
    public void afterCompletion(Runnable action) {
        afterCompletion(status -> action.run());
    }

    /** Runs the action with the transaction's final {@link Status} once the current transaction has ended. */
    public void afterCompletion(IntConsumer action) {
        registry().registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(String name) {
        try {
            return (T) InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("Container resource " + name + " is not available", e);
        }
    }
}
