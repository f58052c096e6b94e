package org.consigna.billing.domain.close;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of an event's billing (closed, price overridden, PO entered or corrected, voided); append-only. */
@Entity
@Table(name = "billing_history")
public class BillingChange {

    @Id
    private UUID id;

    /** The order of the history, given by the database. */
    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "record_id")
    private UUID recordId;

    private String action;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    private String detail;

    protected BillingChange() {
    }

    public BillingChange(BillingRecord record, String action, UUID actorId, Instant now, String detail) {
        this.id = UUID.randomUUID();
        this.eventId = record.eventId();
        this.recordId = record.id();
        this.action = action;
        this.actorId = actorId;
        this.recordedAt = now;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID recordId() {
        return recordId;
    }

    public String action() {
        return action;
    }

    public UUID actorId() {
        return actorId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String detail() {
        return detail;
    }
}
