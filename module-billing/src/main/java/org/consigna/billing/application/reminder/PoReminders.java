package org.consigna.billing.application.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.consigna.billing.api.OutgoingMail;
import org.consigna.billing.application.close.BillingClosed;
import org.consigna.billing.application.close.BillingRecords;
import org.consigna.billing.application.close.BillingView;
import org.consigna.billing.application.mail.Outbox;
import org.consigna.billing.domain.reminder.DueReminder;
import org.consigna.billing.domain.reminder.PoReminderRepository;
import org.consigna.billing.domain.reminder.ReminderCadence;
import org.consigna.events.api.EventDocuments;
import org.consigna.events.api.Facilities;
import org.consigna.events.api.FacilityCard;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.tenant.TenantContext;

/**
 * PO reminders: when a facility's switch is on, a closed sale event without PO gets a reminder row due 7 days after
 * closing; the sweep claims due rows ({@code FOR UPDATE SKIP LOCKED}: two nodes never take the same one), mails the
 * facility's first billing contact through the outbox with a signed PO link, and moves the row 7 days on, until the
 * PO number is entered. Every write of one reminder is in the claim's transaction.
 */
@ApplicationScoped
public class PoReminders {

    private static final Logger LOG = Logger.getLogger(PoReminders.class.getName());
    private static final int MAX_PENDING = 10_000;

    @Inject
    PoReminderRepository reminders;

    @Inject
    BillingRecords records;

    @Inject
    Facilities facilities;

    @Inject
    EventDocuments events;

    @Inject
    PoLinks links;

    @Inject
    Outbox outbox;

    @Inject
    TenantContext tenants;

    /** Turns the facility's reminders on (arming its closed sale events without PO) or off. */
    @Transactional
    public boolean setEnabled(UUID facilityId, boolean enabled, UUID actor) {
        facility(facilityId);
        reminders.setEnabled(facilityId, enabled, actor, Instant.now());
        if (enabled) {
            for (BillingView pending : records.pendingPo(facilityId, null, null, null, MAX_PENDING)) {
                reminders.schedule(pending.eventId(), facilityId, ReminderCadence.firstDue(pending.closedAt()));
            }
        }
        return enabled;
    }

    @Transactional
    public boolean enabled(UUID facilityId) {
        facility(facilityId);
        return reminders.enabled(facilityId);
    }

    /** At close, in the close's transaction: arms the reminder of a sale closed without PO at a facility that wants them. */
    void closed(@Observes BillingClosed closed) {
        BillingView view = closed.view();
        if (view.sale() && view.poNumber() == null && reminders.enabled(view.facilityId())) {
            reminders.schedule(view.eventId(), view.facilityId(), ReminderCadence.firstDue(view.closedAt()));
        }
    }

    /** Sends one batch of the current tenant's due reminders at {@code now}; how many it claimed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sendDue(Instant now, int max) {
        List<DueReminder> due = reminders.claimDue(now, max);
        for (DueReminder reminder : due) {
            remind(reminder, now);
        }
        return due.size();
    }

    private void remind(DueReminder reminder, Instant now) {
        Optional<BillingView> found = records.find(reminder.eventId());
        String finished = found.isEmpty() || "voided".equals(found.get().status()) ? "no-closed-record"
                : found.get().poNumber() != null ? "po-entered"
                : !found.get().sale() ? "non-sale"
                : !reminders.enabled(reminder.facilityId()) ? "switched-off" : null;
        if (finished != null) {
            reminders.finish(reminder.eventId(), now, finished);
            return;
        }
        BillingView view = found.get();
        Optional<FacilityCard> facility = facilities.card(view.facilityId());
        Optional<String> contact = facility.flatMap(f -> f.billingContacts().stream().findFirst());
        if (contact.isEmpty()) {
            LOG.warning(() -> "PO reminder of event " + view.eventId() + ": the facility has no billing contact; tried again in 7 days");
            reminders.postpone(reminder.eventId(), ReminderCadence.nextDue(reminder.dueAt(), now));
            return;
        }
        String url = links.issue(tenants.require().id(), view.eventId(), contact.get(), now);
        String event = events.find(view.eventId()).map(EventDocuments.EventDocument::name).orElse(view.eventId().toString());
        String text = "The PO number of " + event + " at " + facility.get().name() + ", closed on " + view.closedAt()
                .toString().substring(0, 10) + " (total " + view.total().toPlainString() + " " + view.currency()
                + "), has not been received yet.\n\nEnter it and download the sales order here (valid until "
                + links.expiresAt(now).toString().substring(0, 10) + ", once):\n" + url + "\n\nReminder "
                + (reminder.remindersSent() + 1) + "; we remind every 7 days until the PO number is entered.\n";
        outbox.enqueue(new OutgoingMail(contact.get(), "PO number needed: " + event + " at " + facility.get().name(), text, List.of()));
        reminders.sent(reminder.eventId(), now, contact.get(), ReminderCadence.nextDue(reminder.dueAt(), now));
    }

    private FacilityCard facility(UUID facilityId) {
        return facilities.card(facilityId).orElseThrow(() -> ProblemException.notFound("Facility", facilityId));
    }
}
