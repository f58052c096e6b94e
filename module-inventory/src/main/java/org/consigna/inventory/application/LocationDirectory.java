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
import org.consigna.inventory.domain.custody.Location;
import org.consigna.inventory.domain.custody.LocationRepository;
import org.consigna.platform.cache.CacheInvalidation;
import org.consigna.platform.cache.TenantRecords;
import org.consigna.platform.tenant.TenantContext;

/**
 * Locations as custodians: name and whether open, asked by every transfer (the receiver) and every view naming a
 * custodian. Kept briefly per location, absent ids too, and dropped on every node once a change of that location
 * commits ({@link LocationService} is the only writer of locations; {@link CacheInvalidation}).
 */
@ApplicationScoped
public class LocationDirectory {

    static final String CACHE = "inventory.locations";

    private static final int SWEEP_ABOVE = 10_000;

    @Inject
    LocationRepository locations;

    @Inject
    TenantContext tenant;

    @Inject
    CacheInvalidation invalidation;

    private TenantRecords<Entry> entries;

    /** What custody needs of a location. */
    public record Entry(UUID id, String name, boolean active) {

        static Entry of(Location location) {
            return new Entry(location.id(), location.name(), location.active());
        }

        /** As {@link Location#requireActive()}. */
        public void requireActive() {
            if (!active) {
                throw Location.closed(name);
            }
        }
    }

    @PostConstruct
    void init() {
        entries = invalidation.records(CACHE, SWEEP_ABOVE);
    }

    @Transactional
    public Optional<Entry> find(UUID id) {
        return entries.find(tenant.require().id(), id, key -> locations.find(key).map(Entry::of));
    }

    /** Cached ones from the cache; on the first miss, all of them in one query. Ids that are no location are left out. */
    @Transactional
    public Map<UUID, Entry> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entries.findAll(tenant.require().id(), ids, missing -> locations.findAll(missing).stream().map(Entry::of)
                .collect(Collectors.toMap(Entry::id, Function.identity())));
    }

    /** Drops the location now and, on every node, after the current transaction commits. */
    void forgetAfterCommit(UUID id) {
        entries.forgetAfterCommit(tenant.require().id(), id);
    }
}
