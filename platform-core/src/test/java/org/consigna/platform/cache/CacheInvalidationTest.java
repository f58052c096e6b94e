package org.consigna.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.consigna.platform.persistence.Transactions;
import org.junit.jupiter.api.Test;

class CacheInvalidationTest {

    /** A transaction that is open until {@link #end} runs what was registered for after it. */
    static final class OpenTransaction extends Transactions {
        final List<IntConsumer> after = new ArrayList<>();
        boolean active = true;

        @Override
        public boolean isActive() {
            return active;
        }

        @Override
        public void afterCompletion(IntConsumer action) {
            after.add(action);
        }

        void end(int status) {
            active = false;
            after.forEach(action -> action.accept(status));
        }
    }

    final OpenTransaction tx = new OpenTransaction();
    final CacheInvalidation invalidation = CacheInvalidation.local(tx, Duration.ofMinutes(1));
    final AtomicInteger loads = new AtomicInteger();
    final ExpiringCache<String, String> cache = invalidation.cache("test", 100);

    Optional<String> read(String key) {
        return cache.get(key, k -> Optional.of(k + loads.incrementAndGet()));
    }

    @Test
    void dropsTheKeyNowAndAgainAfterTheCommitSoNoReaderKeepsTheOldValue() {
        assertThat(read("a")).contains("a1");
        assertThat(read("b")).contains("b2");
        invalidation.afterCommit("test", "a");
        assertThat(read("a")).as("dropped now").contains("a3");
        tx.end(Status.STATUS_COMMITTED);
        assertThat(read("a")).as("dropped again after commit").contains("a4");
        assertThat(read("b")).as("other keys kept").contains("b2");
    }

    @Test
    void aRemoteInvalidationOrANullKeyDropsEntries() {
        read("a");
        read("b");
        invalidation.onRemote(new Invalidation("test", "a"));
        assertThat(read("a")).contains("a3");
        invalidation.apply(Invalidation.all("test"));
        assertThat(read("b")).contains("b4");
        invalidation.apply(new Invalidation("other", null));
        assertThat(read("b")).contains("b4");
    }

    @Test
    void entriesLiveAtMostTheirLifetime() {
        ExpiringCache<String, String> brief = CacheInvalidation.local(tx, Duration.ZERO).cache("brief", 100);
        brief.get("a", k -> Optional.of("first"));
        assertThat(brief.get("a", k -> Optional.of("second"))).contains("second");
    }

    @Test
    void absentValuesAreCachedAndTheCacheSweepsExpiredEntries() {
        ExpiringCache<String, String> small = new ExpiringCache<>(Duration.ZERO, 2);
        for (int i = 0; i < 10; i++) {
            small.get("k" + i, k -> Optional.empty());
        }
        assertThat(small.size()).isLessThanOrEqualTo(3);
        ExpiringCache<String, String> lasting = new ExpiringCache<>(Duration.ofMinutes(1), 100);
        lasting.get("x", k -> Optional.empty());
        assertThat(lasting.get("x", k -> Optional.of("loaded"))).isEmpty();
    }
}
