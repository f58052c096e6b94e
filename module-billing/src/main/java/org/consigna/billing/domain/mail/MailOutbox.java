package org.consigna.billing.domain.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.billing.api.OutgoingMail;

/** The outbox rows of the current tenant, always within the caller's transaction. */
public interface MailOutbox {

    UUID add(OutgoingMail mail, Instant now);

    /** Due mails not sent yet, locked for this transaction; rows another sender holds are skipped, not waited for. */
    List<QueuedMail> claimDue(Instant now, int max);

    void markSent(UUID id, Instant at);

    /** @param retryAt empty when no attempt is left: the mail is abandoned */
    void markFailed(UUID id, Instant at, String error, Optional<Instant> retryAt);
}
