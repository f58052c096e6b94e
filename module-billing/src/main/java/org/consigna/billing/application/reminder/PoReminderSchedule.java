package org.consigna.billing.application.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.consigna.billing.BillingModule;
import org.consigna.platform.bootstrap.PlatformStarted;
import org.consigna.platform.tenant.TenantSweeps;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sweeps PO reminders on Jakarta Concurrency's managed scheduler (no EJB timer) for every active tenant with billing.
 * The due dates are rows, so a restart loses none and a second node claims other rows.
 */
@ApplicationScoped
public class PoReminderSchedule {

    private static final Logger LOG = Logger.getLogger(PoReminderSchedule.class.getName());
    private static final int BATCH = 20;
    private static final int MAX_BATCHES = 100;

    @Inject
    TenantSweeps sweeps;

    @Inject
    PoReminders reminders;

    @Inject
    BillingClock clock;

    @Inject
    @ConfigProperty(name = "consigna.billing.po-reminders.sweep-minutes", defaultValue = "15")
    long sweepMinutes;

    void start(@Observes PlatformStarted started) {
        sweeps.scheduler("PO reminders are not sent").ifPresent(scheduler -> {
            scheduler.scheduleWithFixedDelay(() -> sweep(clock.now()), sweepMinutes, sweepMinutes, TimeUnit.MINUTES);
            LOG.info(() -> "PO reminders swept every " + sweepMinutes + " min");
        });
    }

    /** Every active tenant with billing, at {@code now}; how many reminders were claimed. Never throws. */
    public int sweep(Instant now) {
        return sweeps.forEachTenantWith(BillingModule.ID, "PO reminders", tenant -> {
            int total = 0;
            for (int i = 0; i < MAX_BATCHES; i++) {
                int claimed = reminders.sendDue(now, BATCH);
                total += claimed;
                if (claimed < BATCH) {
                    break;
                }
            }
            return total;
        });
    }
}
