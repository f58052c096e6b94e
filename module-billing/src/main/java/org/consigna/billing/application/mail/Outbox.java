package org.consigna.billing.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.consigna.billing.api.Mails;
import org.consigna.billing.api.OutgoingMail;
import org.consigna.billing.domain.mail.MailOutbox;
import org.consigna.platform.tenant.TenantContext;

/**
 * Where billing's mails go: a row in the current tenant's outbox, written in the caller's transaction (a rolled-back
 * change sends nothing); {@link OutboxSchedule} sends it once that transaction has committed.
 */
@ApplicationScoped
public class Outbox implements Mails {

    @Inject
    MailOutbox outbox;

    @Inject
    TenantContext tenants;

    @Inject
    Event<MailEnqueued> enqueued;

    /** Joins the caller's transaction; fails without one rather than sending a mail of a change that may not happen. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(OutgoingMail mail) {
        UUID id = outbox.add(mail, Instant.now());
        enqueued.fire(new MailEnqueued(tenants.require()));
        return id;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID send(OutgoingMail mail) {
        return enqueue(mail);
    }
}
