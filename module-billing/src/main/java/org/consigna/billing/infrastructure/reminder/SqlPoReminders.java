package org.consigna.billing.infrastructure.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.billing.domain.reminder.DueReminder;
import org.consigna.billing.domain.reminder.PoLink;
import org.consigna.billing.domain.reminder.PoReminderRepository;
import org.consigna.billing.infrastructure.TenantSql;

@ApplicationScoped
class SqlPoReminders implements PoReminderRepository {

    @Inject
    TenantSql sql;

    @Override
    public boolean enabled(UUID facilityId) {
        return !sql.query("SELECT 1 FROM {po_reminder_facility} WHERE facility_id = ? AND enabled", row -> 1, facilityId).isEmpty();
    }

    @Override
    public void setEnabled(UUID facilityId, boolean enabled, UUID actor, Instant now) {
        sql.update("INSERT INTO {po_reminder_facility} (facility_id, enabled, changed_by, changed_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (facility_id) DO UPDATE SET enabled = EXCLUDED.enabled, changed_by = EXCLUDED.changed_by,"
                + " changed_at = EXCLUDED.changed_at", facilityId, enabled, actor, now);
    }

    @Override
    public void schedule(UUID eventId, UUID facilityId, Instant dueAt) {
        sql.update("INSERT INTO {po_reminder} AS r (event_id, facility_id, due_at, reminders_sent) VALUES (?, ?, ?, 0)"
                + " ON CONFLICT (event_id) DO UPDATE SET facility_id = EXCLUDED.facility_id, due_at = EXCLUDED.due_at,"
                + " finished_at = NULL, finished_why = NULL WHERE r.finished_at IS NOT NULL",
                eventId, facilityId, dueAt);
    }

    @Override
    public List<DueReminder> claimDue(Instant now, int max) {
        return sql.query("SELECT event_id, facility_id, due_at, reminders_sent FROM {po_reminder}"
                + " WHERE finished_at IS NULL AND due_at <= ? ORDER BY due_at, event_id LIMIT ? FOR UPDATE SKIP LOCKED",
                row -> new DueReminder(row.getObject("event_id", UUID.class), row.getObject("facility_id", UUID.class),
                        TenantSql.instant(row, "due_at"), row.getInt("reminders_sent")), now, max);
    }

    @Override
    public void sent(UUID eventId, Instant at, String recipient, Instant nextDueAt) {
        sql.update("UPDATE {po_reminder} SET reminders_sent = reminders_sent + 1, last_sent_at = ?, last_recipient = ?,"
                + " due_at = ? WHERE event_id = ?", at, recipient, nextDueAt, eventId);
    }

    @Override
    public void postpone(UUID eventId, Instant nextDueAt) {
        sql.update("UPDATE {po_reminder} SET due_at = ? WHERE event_id = ?", nextDueAt, eventId);
    }

    @Override
    public void finish(UUID eventId, Instant at, String why) {
        sql.update("UPDATE {po_reminder} SET finished_at = ?, finished_why = ? WHERE event_id = ?", at, why, eventId);
    }

    @Override
    public void addLink(PoLink l) {
        sql.update("INSERT INTO {po_link} (id, event_id, recipient, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                l.id(), l.eventId(), l.recipient(), l.issuedAt(), l.expiresAt());
    }

    @Override
    public Optional<PoLink> lockLink(UUID linkId) {
        return sql.query(LINK + " FOR UPDATE", SqlPoReminders::link, linkId).stream().findFirst();
    }

    @Override
    public Optional<PoLink> link(UUID linkId) {
        return sql.query(LINK, SqlPoReminders::link, linkId).stream().findFirst();
    }

    @Override
    public void useLink(UUID linkId, Instant at, String poNumber) {
        sql.update("UPDATE {po_link} SET used_at = ?, po_number = ? WHERE id = ?", at, poNumber, linkId);
    }

    private static final String LINK = "SELECT id, event_id, recipient, issued_at, expires_at, used_at, po_number"
            + " FROM {po_link} WHERE id = ?";

    private static PoLink link(ResultSet row) throws SQLException {
        return new PoLink(row.getObject("id", UUID.class), row.getObject("event_id", UUID.class), row.getString("recipient"),
                TenantSql.instant(row, "issued_at"), TenantSql.instant(row, "expires_at"), TenantSql.instant(row, "used_at"),
                row.getString("po_number"));
    }
}
