package org.consigna.billing.application.mail;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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
 * When the outbox is sent: right after a transaction that wrote a mail commits (on the managed executor, off the
 * request), and on a periodic sweep of every active tenant with billing, which sends what is due again after a
 * failure and whatever a restart left unsent. Jakarta Concurrency's managed executors, no EJB timer.
 */
@ApplicationScoped
public class OutboxSchedule {

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());
    private static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";
    private static final String EXECUTOR = "java:comp/DefaultManagedExecutorService";
    /** A bound on one tenant's batches per run, so one tenant's backlog cannot hold the sweep forever. */
    private static final int MAX_BATCHES = 50;

    @Inject
    TenantDirectory tenants;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Inject
    TenantContext tenantContext;

    @Inject
    OutboxSender sender;

    @Inject
    @ConfigProperty(name = "consigna.mail.outbox.sweep-seconds", defaultValue = "30")
    long sweepSeconds;

    void start(@Observes PlatformStarted started) {
        ManagedScheduledExecutorService scheduler;
        try {
            scheduler = InitialContext.doLookup(SCHEDULER);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "No " + SCHEDULER + ": the mail outbox is sent after each commit only", e);
            return;
        }
        scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
        LOG.info(() -> "Mail outbox swept every " + sweepSeconds + " s");
    }

    /** After the commit only: a rolled-back transaction's mail does not exist. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailEnqueued enqueued) {
        try {
            ManagedExecutorService executor = InitialContext.doLookup(EXECUTOR);
            executor.execute(() -> sendFor(enqueued.tenant()));
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail of tenant " + enqueued.tenant().id() + " waits for the next sweep", e);
        }
    }

    /** Every active tenant with billing. Never throws: a periodic task that throws is not run again. */
    public void sweep() {
        List<TenantRef> active;
        try {
            active = tenants.active();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail outbox sweep: the tenant registry could not be read", e);
            return;
        }
        for (TenantRef tenant : active) {
            if (tenant.modules().contains(BillingModule.ID)) {
                sendFor(tenant);
            }
        }
    }

    /** Sends a tenant's due mails, batch after batch. Never throws. */
    public void sendFor(TenantRef tenant) {
        RequestContextController request = requestContexts.get();
        boolean activated = request.activate();
        try {
            tenantContext.runAs(tenant, () -> {
                for (int i = 0; i < MAX_BATCHES && sender.sendDue().more(); i++) {
                    // the next batch
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail outbox of tenant " + tenant.id() + " not sent now", e);
        } finally {
            if (activated) {
                request.deactivate();
            }
            requestContexts.destroy(request);
        }
    }
}
