package org.consigna.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consigna.inventory.domain.custody.Location;
import org.consigna.inventory.domain.custody.LocationKind;
import org.consigna.inventory.domain.custody.LocationRepository;
import org.consigna.platform.cache.CacheInvalidation;
import org.consigna.platform.persistence.Transactions;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.tenant.TenantContext;
import org.consigna.platform.tenant.TenantRef;
import org.consigna.platform.tenant.TenantStatus;
import org.junit.jupiter.api.Test;

class LocationDirectoryTest {

    static final Transactions NO_JTA = new Transactions() {
        @Override
        public boolean isActive() {
            return false;
        }
    };

    final Rows rows = new Rows();
    final LocationDirectory directory = new LocationDirectory();
    final LocationService service = new LocationService();
    final Location depot = new Location("Depot", LocationKind.WAREHOUSE, null, Instant.now());

    LocationDirectoryTest() {
        directory.locations = rows;
        directory.tenant = new TenantContext();
        directory.tenant.set(tenant("acme"));
        directory.invalidation = CacheInvalidation.local(NO_JTA, Duration.ofSeconds(30));
        directory.init();
        service.locations = rows;
        service.directory = directory;
        rows.add(depot);
    }

    @Test
    void answersFromTheCacheUntilTheLocationChanges() {
        assertThat(directory.find(depot.id()).orElseThrow().name()).isEqualTo("Depot");
        int queries = rows.queries;
        assertThat(directory.findAll(List.of(depot.id()))).containsKey(depot.id());
        assertThat(rows.queries).as("cached").isEqualTo(queries);

        service.change(depot.id(), "North depot", LocationKind.WAREHOUSE, null, false);
        LocationDirectory.Entry changed = directory.find(depot.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo("North depot");
        assertThatThrownBy(changed::requireActive).isInstanceOf(ProblemException.class)
                .hasMessageContaining("Location 'North depot' is closed");
    }

    @Test
    void missesAreReadInOneQueryAndUnknownIdsAreCachedAsAbsent() {
        Location office = service.add("Office", LocationKind.OFFICE, null);
        UUID member = UUID.randomUUID();
        int queries = rows.queries;
        assertThat(directory.findAll(List.of(depot.id(), office.id(), member)).keySet()).containsOnly(depot.id(), office.id());
        assertThat(rows.queries).isEqualTo(queries + 1);
        assertThat(directory.find(member)).isEmpty();
        assertThat(rows.queries).isEqualTo(queries + 1);
    }

    @Test
    void eachTenantHasItsOwnEntries() {
        directory.find(depot.id());
        TenantRef beta = tenant("beta");
        int queries = rows.queries;
        directory.tenant.runAs(beta, () -> directory.find(depot.id()));
        assertThat(rows.queries).isEqualTo(queries + 1);
    }

    private static TenantRef tenant(String id) {
        return new TenantRef(id, id, "t_" + id, TenantStatus.ACTIVE, Set.of("inventory"), "USD");
    }

    /** The location table, counting queries. */
    static class Rows implements LocationRepository {

        final Map<UUID, Location> byId = new HashMap<>();
        int queries;

        @Override
        public Optional<Location> find(UUID id) {
            queries++;
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<Location> all(String afterName, int limit) {
            queries++;
            return List.copyOf(byId.values());
        }

        @Override
        public List<Location> findAll(Collection<UUID> ids) {
            queries++;
            return ids.stream().map(byId::get).filter(l -> l != null).toList();
        }

        @Override
        public void add(Location location) {
            byId.put(location.id(), location);
        }

        @Override
        public void flush() {
        }
    }
}
