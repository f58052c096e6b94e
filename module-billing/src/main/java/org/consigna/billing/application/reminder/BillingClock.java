package org.consigna.billing.application.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.consigna.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time PO reminders and links go by: the real clock, unless {@code consigna.billing.test-clock} is on (the
 * integration tests only), when the operator may move it forward to see a week pass.
 */
@ApplicationScoped
public class BillingClock {

    @Inject
    @ConfigProperty(name = "consigna.billing.test-clock", defaultValue = "false")
    boolean testClock;

    private volatile Duration offset = Duration.ZERO;

    public Instant now() {
        return Instant.now().plus(offset);
    }

    /** Moves the clock so that now reads {@code at}; 404 unless the test clock is on. */
    public Instant set(Instant at) {
        requireTestClock();
        offset = Duration.between(Instant.now(), at);
        return now();
    }

    public void requireTestClock() {
        if (!testClock) {
            throw new ProblemException(404, "test-clock-off", "No test clock",
                    "The billing clock is the real one here (consigna.billing.test-clock is off)");
        }
    }
}
