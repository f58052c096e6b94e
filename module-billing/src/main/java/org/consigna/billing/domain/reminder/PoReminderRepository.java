package org.consigna.billing.domain.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reminder switch per facility, the due rows, the links sent; in the current tenant and transaction. */
public interface PoReminderRepository {

    boolean enabled(UUID facilityId);

    void setEnabled(UUID facilityId, boolean enabled, UUID actor, Instant now);

    /** Writes (or, after a reopen and a new close, re-arms) the event's reminder due at {@code dueAt}. */
    void schedule(UUID eventId, UUID facilityId, Instant dueAt);

    /** Due reminders, locked for this transaction; rows another sweep holds are skipped, not waited for. */
    List<DueReminder> claimDue(Instant now, int max);

    void sent(UUID eventId, Instant at, String recipient, Instant nextDueAt);

    void postpone(UUID eventId, Instant nextDueAt);

    void finish(UUID eventId, Instant at, String why);

    void addLink(PoLink link);

    /** The link, locked for this transaction. */
    Optional<PoLink> lockLink(UUID linkId);

    Optional<PoLink> link(UUID linkId);

    void useLink(UUID linkId, Instant at, String poNumber);
}
