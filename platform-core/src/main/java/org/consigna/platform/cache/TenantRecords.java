package org.consigna.platform.cache;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Small immutable records of a tenant (a member's summary, a location's name, an item's catalog number) asked
 * several times per request, kept by tenant and id in an {@link ExpiringCache}, absent ids too. The one writer
 * of such a record calls {@link #forgetAfterCommit} in its transaction: the record is dropped at once, and on
 * every node once the change commits ({@link CacheInvalidation}). Made with {@link CacheInvalidation#records}.
 *
 * @param <V> the record; never a managed entity (it outlives the transaction that read it)
 */
public final class TenantRecords<V> {

    private final String name;
    private final ExpiringCache<String, V> cache;
    private final CacheInvalidation invalidation;

    TenantRecords(String name, ExpiringCache<String, V> cache, CacheInvalidation invalidation) {
        this.name = name;
        this.cache = cache;
        this.invalidation = invalidation;
    }

    /** The record, from the cache or {@code load} (which reads it in the caller's transaction). */
    public Optional<V> find(String tenantId, UUID id, Function<UUID, Optional<V>> load) {
        if (id == null) {
            return Optional.empty();
        }
        return cache.get(key(tenantId, id), key -> load.apply(id));
    }

    /**
     * The records of {@code ids} that exist: cached ones from the cache; on the first miss, all of them with one
     * {@code loadAll} (whose answer leaves out the ids that are no record).
     */
    public Map<UUID, V> findAll(String tenantId, Collection<UUID> ids, Function<List<UUID>, Map<UUID, V>> loadAll) {
        List<UUID> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, V> found = new HashMap<>();
        Map<UUID, V> read = new HashMap<>();
        boolean[] loaded = {false};
        for (UUID id : distinct) {
            cache.get(key(tenantId, id), key -> {
                if (!loaded[0]) {
                    read.putAll(loadAll.apply(distinct));
                    loaded[0] = true;
                }
                return Optional.ofNullable(read.get(id));
            }).ifPresent(record -> found.put(id, record));
        }
        return found;
    }

    /** Drops the record now and, on every node, after the current transaction commits. */
    public void forgetAfterCommit(String tenantId, UUID id) {
        invalidation.afterCommit(name, key(tenantId, id));
    }

    private static String key(String tenantId, UUID id) {
        return tenantId + '\n' + id;
    }
}
