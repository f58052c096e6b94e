package org.consigna.billing.domain.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail that failed is tried again: the first delay doubles with each attempt up to a ceiling, and after the
 * last allowed attempt it is not tried again (abandoned, kept with its error).
 */
public record Backoff(Duration first, Duration ceiling, int maxAttempts) {

    public Backoff {
        if (first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Backoff needs 0 < first <= ceiling and at least one attempt");
        }
    }

    /** @param attemptsMade attempts made so far, the failed one included; empty when no attempt is left */
    public Optional<Instant> nextAttempt(Instant failedAt, int attemptsMade) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = first;
        for (int i = 1; i < attemptsMade && delay.compareTo(ceiling) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(failedAt.plus(delay.compareTo(ceiling) > 0 ? ceiling : delay));
    }
}
