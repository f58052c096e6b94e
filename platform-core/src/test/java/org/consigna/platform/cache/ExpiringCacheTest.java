package org.consigna.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    @Test
    void aMissAboveTheBoundSweepsExpiredEntriesButLiveOnesStay() throws InterruptedException {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofMillis(20), 1);
        cache.get("a", Optional::of);
        cache.get("b", Optional::of);
        Thread.sleep(40);
        cache.get("c", Optional::of);
        assertThat(cache.size()).as("a and b expired and were swept; c added").isEqualTo(1);

        ExpiringCache<String, String> live = new ExpiringCache<>(Duration.ofMinutes(5), 1);
        live.get("a", Optional::of);
        live.get("b", Optional::of);
        live.get("c", Optional::of);
        assertThat(live.size()).as("nothing expired, nothing swept").isEqualTo(3);
    }

    @Test
    void aValueLoadedWhileAnInvalidationRanIsReturnedButNotKept() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofMinutes(5), 100);
        // The load reads the old state; the change commits and invalidates before the load's put.
        Optional<String> read = cache.get("member", key -> {
            cache.remove(key);
            return Optional.of("old");
        });
        assertThat(read).contains("old");
        assertThat(cache.get("member", key -> Optional.of("new"))).as("read again, not the old value").contains("new");
        assertThat(cache.get("member", key -> Optional.of("newer"))).as("an undisturbed load is kept").contains("new");
    }
}
