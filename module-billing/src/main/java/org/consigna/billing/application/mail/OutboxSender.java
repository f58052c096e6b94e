package org.consigna.billing.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consigna.billing.domain.mail.Backoff;
import org.consigna.billing.domain.mail.MailOutbox;
import org.consigna.billing.domain.mail.MailTransport;
import org.consigna.billing.domain.mail.QueuedMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the current tenant's due mails. Each batch is one transaction: the rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, sent, and marked sent (or failed, with the next attempt) before it commits, so two
 * senders, on one node or two, never send the same mail.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Inject
    MailOutbox outbox;

    @Inject
    MailTransport transport;

    @Inject
    @ConfigProperty(name = "consigna.mail.outbox.batch", defaultValue = "20")
    int batch;

    @Inject
    @ConfigProperty(name = "consigna.mail.outbox.retry-seconds", defaultValue = "60")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "consigna.mail.outbox.max-attempts", defaultValue = "10")
    int maxAttempts;

    /** @return how many mails this batch took (sent or failed); fewer than the batch size means none is left due */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch sendDue() {
        Instant now = Instant.now();
        List<QueuedMail> due = outbox.claimDue(now, batch);
        int sent = 0;
        Backoff backoff = new Backoff(Duration.ofSeconds(retrySeconds), Duration.ofHours(6), maxAttempts);
        for (QueuedMail queued : due) {
            try {
                transport.send(queued.mail());
                outbox.markSent(queued.id(), Instant.now());
                sent++;
            } catch (MailTransport.MailNotSent e) {
                Instant failedAt = Instant.now();
                var retryAt = e.permanent() ? Optional.<Instant>empty() : backoff.nextAttempt(failedAt, queued.attempts() + 1);
                outbox.markFailed(queued.id(), failedAt, e.getMessage(), retryAt);
                LOG.log(Level.WARNING, "Mail " + queued.id() + " not sent (attempt " + (queued.attempts() + 1) + "): "
                        + e.getMessage() + retryAt.map(at -> "; next attempt at " + at).orElse("; abandoned"));
            }
        }
        return new Batch(due.size(), sent, due.size() == batch);
    }

    /** One batch's outcome. */
    public record Batch(int claimed, int sent, boolean more) {
    }
}
