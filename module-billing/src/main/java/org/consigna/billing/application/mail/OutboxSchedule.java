package org.consigna.billing.application.mail;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.consigna.billing.BillingModule;
import org.consigna.platform.bootstrap.PlatformStarted;
import org.consigna.platform.tenant.TenantRef;
import org.consigna.platform.tenant.TenantSweeps;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When the outbox is sent: right after a transaction that wrote a mail commits (on the managed executor, off the
 * request), and on a periodic sweep of every active tenant with billing, which sends what is due again after a
 * failure and whatever a restart left unsent. Jakarta Concurrency's managed executors, no EJB timer.
 */
@ApplicationScoped
public class OutboxSchedule {

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());
    private static final String EXECUTOR = "java:comp/DefaultManagedExecutorService";
    /** A bound on one tenant's batches per run, so one tenant's backlog cannot hold the sweep forever. */
    private static final int MAX_BATCHES = 50;

    @Inject
    TenantSweeps sweeps;

    @Inject
    OutboxSender sender;

    @Inject
    @ConfigProperty(name = "consigna.mail.outbox.sweep-seconds", defaultValue = "30")
    long sweepSeconds;

    void start(@Observes PlatformStarted started) {
        sweeps.scheduler("the mail outbox is sent after each commit only").ifPresent(scheduler -> {
            scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
            LOG.info(() -> "Mail outbox swept every " + sweepSeconds + " s");
        });
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

    /** Every active tenant with billing. Never throws. */
    public void sweep() {
        sweeps.forEachTenantWith(BillingModule.ID, "Mail outbox", tenant -> {
            sendBatches();
            return 0;
        });
    }

    /** Sends a tenant's due mails, batch after batch. Never throws. */
    public void sendFor(TenantRef tenant) {
        sweeps.inTenant(tenant, "Mail outbox", this::sendBatches, null);
    }

    private Void sendBatches() {
        for (int i = 0; i < MAX_BATCHES && sender.sendDue().more(); i++) {
            // the next batch
        }
        return null;
    }
}
