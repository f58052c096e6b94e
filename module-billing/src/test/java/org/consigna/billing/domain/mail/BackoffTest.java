package org.consigna.billing.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 6);

    @Test
    void theDelayDoublesAfterEachFailedAttempt() {
        assertThat(backoff.nextAttempt(T, 1)).contains(T.plusSeconds(60));
        assertThat(backoff.nextAttempt(T, 2)).contains(T.plusSeconds(120));
        assertThat(backoff.nextAttempt(T, 3)).contains(T.plusSeconds(240));
    }

    @Test
    void theDelayStopsGrowingAtTheCeiling() {
        assertThat(backoff.nextAttempt(T, 5)).contains(T.plusSeconds(600));
    }

    @Test
    void afterTheLastAllowedAttemptTheMailIsNotTriedAgain() {
        assertThat(backoff.nextAttempt(T, 6)).isEmpty();
    }
}
