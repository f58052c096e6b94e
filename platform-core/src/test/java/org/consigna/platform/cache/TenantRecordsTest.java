package org.consigna.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantRecordsTest {

    final CacheInvalidationTest.OpenTransaction tx = new CacheInvalidationTest.OpenTransaction();
    final TenantRecords<String> names = CacheInvalidation.local(tx, Duration.ofMinutes(1)).records("test.names", 100);
    final Map<UUID, String> rows = new HashMap<>();
    final List<List<UUID>> batches = new ArrayList<>();
    final UUID depot = UUID.randomUUID();
    final UUID clinic = UUID.randomUUID();
    final UUID unknown = UUID.randomUUID();

    TenantRecordsTest() {
        rows.put(depot, "Depot");
        rows.put(clinic, "Clinic");
    }

    Map<UUID, String> loadAll(List<UUID> ids) {
        batches.add(ids);
        Map<UUID, String> found = new HashMap<>();
        ids.stream().filter(rows::containsKey).forEach(id -> found.put(id, rows.get(id)));
        return found;
    }

    @Test
    void theMissesOfManyAreReadInOneBatchAndThenKeptAbsentOnesToo() {
        assertThat(names.findAll("acme", List.of(depot, clinic, unknown, depot), this::loadAll))
                .containsOnly(Map.entry(depot, "Depot"), Map.entry(clinic, "Clinic"));
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).containsExactlyInAnyOrder(depot, clinic, unknown);

        assertThat(names.findAll("acme", List.of(depot, unknown), this::loadAll)).containsOnlyKeys(depot);
        assertThat(names.find("acme", clinic, id -> Optional.ofNullable(rows.get(id)))).contains("Clinic");
        assertThat(batches).as("all cached, the unknown id as absent").hasSize(1);
    }

    @Test
    void tenantsAreKeptApart() {
        names.find("acme", depot, id -> Optional.of("Depot"));
        assertThat(names.find("globex", depot, id -> Optional.empty())).isEmpty();
    }

    @Test
    void aChangeIsSeenAtOnceByItsTransactionAndAfterTheCommitByEveryone() {
        assertThat(names.find("acme", depot, id -> Optional.ofNullable(rows.get(id)))).contains("Depot");
        rows.put(depot, "North depot");
        names.forgetAfterCommit("acme", depot);
        assertThat(names.find("acme", depot, id -> Optional.ofNullable(rows.get(id)))).contains("North depot");
        tx.end(Status.STATUS_COMMITTED);
        rows.put(depot, "South depot");
        assertThat(names.find("acme", depot, id -> Optional.ofNullable(rows.get(id))))
                .as("kept again after the commit's drop").contains("South depot");
    }

    @Test
    void noIdIsNoRecord() {
        assertThat(names.find("acme", null, id -> Optional.of("?"))).isEmpty();
        assertThat(names.findAll("acme", List.of(), this::loadAll)).isEmpty();
        assertThat(batches).isEmpty();
    }
}
