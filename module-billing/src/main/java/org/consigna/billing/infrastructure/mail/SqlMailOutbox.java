package org.consigna.billing.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.consigna.billing.api.OutgoingMail;
import org.consigna.billing.domain.mail.MailOutbox;
import org.consigna.billing.domain.mail.QueuedMail;
import org.consigna.platform.tenant.TenantContext;

/**
 * The outbox in SQL on the transaction's own connection, so a mail commits or rolls back with the change that wrote
 * it. Table names carry the tenant's schema.
 */
@ApplicationScoped
class SqlMailOutbox implements MailOutbox {

    private static final int ERROR_LENGTH = 1000;

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenants;

    @Override
    public UUID add(OutgoingMail mail, Instant now) {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO " + table("mail_outbox")
                + " (id, recipient, subject, body, created_at, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, 0, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, mail.to());
            insert.setString(3, mail.subject());
            insert.setString(4, mail.text());
            insert.setTimestamp(5, Timestamp.from(now));
            insert.setTimestamp(6, Timestamp.from(now));
            insert.executeUpdate();
            if (!mail.attachments().isEmpty()) {
                addAttachments(id, mail.attachments());
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("The mail could not be written to the outbox", e);
        }
    }

    private void addAttachments(UUID id, List<OutgoingMail.Attachment> attachments) throws SQLException {
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO " + table("mail_outbox_attachment")
                + " (mail_id, position, file_name, content_type, content) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (OutgoingMail.Attachment a : attachments) {
                insert.setObject(1, id);
                insert.setInt(2, position++);
                insert.setString(3, a.fileName());
                insert.setString(4, a.contentType());
                insert.setBytes(5, a.content());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public List<QueuedMail> claimDue(Instant now, int max) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement select = connection().prepareStatement("SELECT id, recipient, subject, body, attempts FROM "
                + table("mail_outbox") + " WHERE sent_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= ?"
                + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")) {
            select.setTimestamp(1, Timestamp.from(now));
            select.setInt(2, max);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    rows.put(id, new Row(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), new ArrayList<>()));
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            loadAttachments(rows);
        } catch (SQLException e) {
            throw new IllegalStateException("The outbox could not be read", e);
        }
        List<QueuedMail> claimed = new ArrayList<>();
        rows.forEach((id, r) -> claimed.add(new QueuedMail(id, new OutgoingMail(r.to, r.subject, r.text, r.attachments), r.attempts)));
        return claimed;
    }

    private void loadAttachments(Map<UUID, Row> rows) throws SQLException {
        try (PreparedStatement select = connection().prepareStatement("SELECT mail_id, file_name, content_type, content FROM "
                + table("mail_outbox_attachment") + " WHERE mail_id = ANY (?) ORDER BY mail_id, position")) {
            select.setArray(1, connection().createArrayOf("uuid", rows.keySet().toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.get(rs.getObject(1, UUID.class)).attachments
                            .add(new OutgoingMail.Attachment(rs.getString(2), rs.getString(3), rs.getBytes(4)));
                }
            }
        }
    }

    @Override
    public void markSent(UUID id, Instant at) {
        update("UPDATE " + table("mail_outbox") + " SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?",
                Timestamp.from(at), id);
    }

    @Override
    public void markFailed(UUID id, Instant at, String error, Optional<Instant> retryAt) {
        String shortError = error == null ? "unknown error" : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (retryAt.isPresent()) {
            update("UPDATE " + table("mail_outbox") + " SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
                    Timestamp.from(retryAt.get()), shortError, id);
        } else {
            update("UPDATE " + table("mail_outbox") + " SET attempts = attempts + 1, abandoned_at = ?, last_error = ? WHERE id = ?",
                    Timestamp.from(at), shortError, id);
        }
    }

    private void update(String sql, Object... values) {
        try (PreparedStatement update = connection().prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The outbox could not be updated", e);
        }
    }

    private record Row(String to, String subject, String text, int attempts, List<OutgoingMail.Attachment> attachments) {
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    /** The schema name was validated when the tenant was created. */
    private String table(String name) {
        return tenants.require().schema() + "." + name;
    }
}
