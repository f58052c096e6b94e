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
}
