package org.consigna.billing.application.reminder;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.consigna.billing.BillingModule;
import org.consigna.platform.bootstrap.PlatformStarted;
import org.consigna.platform.tenant.TenantContext;
import org.consigna.platform.tenant.TenantDirectory;
import org.consigna.platform.tenant.TenantRef;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sweeps PO reminders on Jakarta Concurrency's managed scheduler (no EJB timer) for every active tenant with billing.
 * The due dates are rows, so a restart loses none and a second node claims other rows.
 */
@ApplicationScoped
public class PoReminderSchedule {

    private static final Logger LOG = Logger.getLogger(PoReminderSchedule.class.getName());
    private static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";
    private static final int BATCH = 20;
    private static final int MAX_BATCHES = 100;

    @Inject
    TenantDirectory tenants;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Inject
    TenantContext tenantContext;

    @Inject
    PoReminders reminders;

    @Inject
    BillingClock clock;

    @Inject
    @ConfigProperty(name = "consigna.billing.po-reminders.sweep-minutes", defaultValue = "15")
    long sweepMinutes;

    void start(@Observes PlatformStarted started) {
        ManagedScheduledExecutorService scheduler;
        try {
            scheduler = InitialContext.doLookup(SCHEDULER);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "No " + SCHEDULER + ": PO reminders are not sent", e);
            return;
        }
        scheduler.scheduleWithFixedDelay(() -> sweep(clock.now()), sweepMinutes, sweepMinutes, TimeUnit.MINUTES);
        LOG.info(() -> "PO reminders swept every " + sweepMinutes + " min");
    }

    /** Every active tenant with billing, at {@code now}; how many reminders were claimed. Never throws. */
    public int sweep(Instant now) {
        List<TenantRef> active;
        try {
            active = tenants.active();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "PO reminder sweep: the tenant registry could not be read", e);
            return 0;
        }
        int claimed = 0;
        for (TenantRef tenant : active) {
            if (tenant.modules().contains(BillingModule.ID)) {
                claimed += sweep(tenant, now);
            }
        }
        return claimed;
    }

    private int sweep(TenantRef tenant, Instant now) {
        RequestContextController request = requestContexts.get();
        boolean activated = request.activate();
        try {
            return tenantContext.runAs(tenant, () -> {
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
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "PO reminders of tenant " + tenant.id() + " not sent now", e);
            return 0;
        } finally {
            if (activated) {
                request.deactivate();
            }
            requestContexts.destroy(request);
        }
    }
}
