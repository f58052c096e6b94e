package org.consigna.events.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One step in an event's life: created, changed, a device added, removed or re-marked, submitted,
 * reopened. Append-only: a database trigger refuses UPDATE and DELETE.
 */
@Entity
@Table(name = "event_history")
public class HistoryEntry {

    @Id
    private UUID id;

    /** Assigned by the database: the order of entries, even within one transaction. */
    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "actor_id")
    private UUID actorId;

    private String action;

    @Column(name = "from_status")
    private String fromStatus;

    @Column(name = "to_status")
    private String toStatus;

    @Column(name = "device_id")
    private UUID deviceId;

    private String usage;

    private String detail;

    protected HistoryEntry() {
    }

    public HistoryEntry(UUID eventId, UUID actorId, String action, EventStatus from, EventStatus to, UUID deviceId,
                        Usage usage, String detail, Instant now) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.actorId = actorId;
        this.action = action;
        this.fromStatus = from == null ? null : from.wire();
        this.toStatus = to == null ? null : to.wire();
        this.deviceId = deviceId;
        this.usage = usage == null ? null : usage.wire();
        this.detail = detail;
        this.recordedAt = now;
    }

    public UUID eventId() {
        return eventId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public UUID actorId() {
        return actorId;
    }

    public String action() {
        return action;
    }

    public String fromStatus() {
        return fromStatus;
    }

    public String toStatus() {
        return toStatus;
    }

    public UUID deviceId() {
        return deviceId;
    }

    public String usage() {
        return usage;
    }

    public String detail() {
        return detail;
    }
}
