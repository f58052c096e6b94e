package org.consigna.inventory.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consigna.inventory.domain.catalog.CatalogRepository;
import org.consigna.inventory.domain.catalog.Item;
import org.consigna.platform.cache.CacheInvalidation;
import org.consigna.platform.cache.TenantRecords;
import org.consigna.platform.tenant.TenantContext;

/**
 * What a device's description needs of its item (catalog number, description, single use), asked by every mark
 * used, transfer and device view. Kept briefly per item and dropped on every node once a change of that item
 * commits ({@link CatalogService} is the only writer of items; {@link CacheInvalidation}).
 */
@ApplicationScoped
public class ItemDirectory {

    static final String CACHE = "inventory.items";

    private static final int SWEEP_ABOVE = 10_000;

    @Inject
    CatalogRepository catalog;

    @Inject
    TenantContext tenant;

    @Inject
    CacheInvalidation invalidation;

    private TenantRecords<Entry> entries;

    /** An item as devices are described with it. */
    public record Entry(UUID id, String catalogNumber, String description, boolean singleUse) {

        static Entry of(Item item) {
            return new Entry(item.id(), item.catalogNumber(), item.description(), item.singleUse());
        }

        /** "Description (catalog number)". */
        public String name() {
            return description + " (" + catalogNumber + ")";
        }
    }

    @PostConstruct
    void init() {
        entries = invalidation.records(CACHE, SWEEP_ABOVE);
    }

    @Transactional
    public Optional<Entry> find(UUID id) {
        return entries.find(tenant.require().id(), id, key -> catalog.findItem(key).map(Entry::of));
    }

    /** Cached ones from the cache; on the first miss, all of them in one query. Ids that are no item are left out. */
    @Transactional
    public Map<UUID, Entry> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entries.findAll(tenant.require().id(), ids, missing -> catalog.itemsByIds(missing).stream().map(Entry::of)
                .collect(Collectors.toMap(Entry::id, Function.identity())));
    }

    /** Drops the item now and, on every node, after the current transaction commits. */
    void forgetAfterCommit(UUID id) {
        entries.forgetAfterCommit(tenant.require().id(), id);
    }
}
