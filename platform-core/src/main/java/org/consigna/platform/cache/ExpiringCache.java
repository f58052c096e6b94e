package org.consigna.platform.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A map whose entries live at most {@code ttl}, for the authority a request checks (memberships,
 * tenants): a hit is a map read; a node that missed an invalidation serves the old value at most
 * that long. Absent values are kept too ({@link Optional#empty()}), so unknown keys cost no query per
 * request. Above {@code sweepAbove} entries, expired ones are swept out before adding another, at most
 * once a lifetime. A value loaded while an invalidation ran (a change committed between the read and
 * the put) is returned but not kept: the next request reads again rather than serve what the
 * invalidation meant to drop for a whole lifetime.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(Optional<V> value, long expiresAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int sweepAbove;
    private volatile long nextSweep = System.nanoTime();
    /** Counts removals; a load that saw it change may have read the state they dropped. */
    private final AtomicLong removals = new AtomicLong();

    public ExpiringCache(Duration ttl, int sweepAbove) {
        this.ttlNanos = ttl.toNanos();
        this.sweepAbove = sweepAbove;
    }

    /** The cached value, or {@code load}'s (then cached) when absent or expired. */
    public Optional<V> get(K key, Function<K, Optional<V>> load) {
        long now = System.nanoTime();
        Entry<V> cached = entries.get(key);
        if (cached != null && now - cached.expiresAt() < 0) {
            return cached.value();
        }
        long removalsBefore = removals.get();
        Optional<V> loaded = load.apply(key);
        if (entries.size() > sweepAbove && now - nextSweep >= 0) {
            // At most once a lifetime: with more live entries than sweepAbove, a sweep per miss would walk the
            // whole map on every miss and find nothing to remove.
            nextSweep = now + ttlNanos;
            entries.values().removeIf(entry -> now - entry.expiresAt() >= 0);
        }
        entries.put(key, new Entry<>(loaded, now + ttlNanos));
        if (removals.get() != removalsBefore) {
            // An invalidation ran during the load: what was read may be the state it dropped.
            entries.remove(key);
        }
        return loaded;
    }

    public void remove(K key) {
        removals.incrementAndGet();
        entries.remove(key);
    }

    public void removeIf(Predicate<K> matching) {
        removals.incrementAndGet();
        entries.keySet().removeIf(matching);
    }

    public void clear() {
        removals.incrementAndGet();
        entries.clear();
    }

    public int size() {
        return entries.size();
    }
}
