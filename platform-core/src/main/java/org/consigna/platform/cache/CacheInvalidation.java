package org.consigna.platform.cache;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consigna.platform.persistence.Transactions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way a cache of this platform learns that what it holds changed, on this node and on every
 * other node of the cluster. A cache registers under its name with the action that drops a key (or
 * everything, for a null key). A change calls {@link #afterCommit}: the key is dropped here at once (no
 * request of this transaction reads the old state), and again once the transaction has committed, when
 * the invalidation is also sent to the other nodes with Payara's clustered CDI events ({@code @Outbound};
 * the other nodes apply it in {@link #onRemote}, within a second on a local cluster). Never before the
 * commit: another node would re-read and cache the old row. A node that misses a message is covered by
 * the caches' short lifetime ({@link ExpiringCache}, {@code platform.cache.ttl-seconds}).
 */
@ApplicationScoped
public class CacheInvalidation {

    private static final Logger LOG = Logger.getLogger(CacheInvalidation.class.getName());

    @Inject
    Transactions transactions;

    @Inject
    @Outbound
    Event<Invalidation> cluster;

    /** How long an entry of an authority cache lives at most (the bound on a missed invalidation). */
    @Inject
    @ConfigProperty(name = "platform.cache.ttl-seconds", defaultValue = "5")
    long ttlSeconds;

    private final Map<String, List<Consumer<String>>> caches = new ConcurrentHashMap<>();

    /** One node and no CDI (unit tests): invalidations are applied here only. */
    public static CacheInvalidation local(Transactions transactions, Duration ttl) {
        CacheInvalidation invalidation = new CacheInvalidation();
        invalidation.transactions = transactions;
        invalidation.ttlSeconds = ttl.toSeconds();
        return invalidation;
    }

    /** A new cache of lifetime {@code platform.cache.ttl-seconds}, registered under {@code name}. */
    public <V> ExpiringCache<String, V> cache(String name, int sweepAbove) {
        ExpiringCache<String, V> cache = new ExpiringCache<>(Duration.ofSeconds(ttlSeconds), sweepAbove);
        register(name, key -> {
            if (key == null) {
                cache.clear();
            } else {
                cache.remove(key);
            }
        });
        return cache;
    }

    /** A new cache of a tenant's records by id ({@link TenantRecords}), registered under {@code name}. */
    public <V> TenantRecords<V> records(String name, int sweepAbove) {
        return new TenantRecords<>(name, cache(name, sweepAbove), this);
    }

    /** Registers a cache's eviction: {@code evict.accept(key)} drops one key, {@code evict.accept(null)} all. */
    public void register(String cache, Consumer<String> evict) {
        caches.computeIfAbsent(cache, name -> new CopyOnWriteArrayList<>()).add(evict);
    }

    /**
     * Invalidates {@code key} of {@code cache} now on this node, and after the current transaction commits
     * on this node again and on every other node. Without a transaction, it is published at once.
     */
    public void afterCommit(String cache, String key) {
        Invalidation invalidation = new Invalidation(cache, key);
        apply(invalidation);
        if (!transactions.isActive()) {
            publish(invalidation);
            return;
        }
        transactions.afterCompletion(status -> {
            apply(invalidation);
            if (status == Status.STATUS_COMMITTED) {
                publish(invalidation);
            }
        });
    }

    /** An invalidation sent by another node (the sender does not receive its own). */
    void onRemote(@Observes @Inbound Invalidation invalidation) {
        apply(invalidation);
    }

    /** Drops the key in every local cache registered under that name. */
    public void apply(Invalidation invalidation) {
        caches.getOrDefault(invalidation.cache(), List.of()).forEach(evict -> evict.accept(invalidation.key()));
    }

    private void publish(Invalidation invalidation) {
        if (cluster == null) {
            return;
        }
        try {
            cluster.fire(invalidation);
        } catch (RuntimeException e) {
            // Single node (--nocluster) or a cluster problem: the other nodes' entries expire on their own.
            LOG.log(Level.FINE, "could not send " + invalidation + " to the cluster", e);
        }
    }
}
