package org.consigna.facilitystock.domain.commission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An event's "no commission" flag, kept here by event id (the event itself belongs to the events module). A
 * submit of a flagged event earns no commission; lines already earned stay until a reopen reverses them.
 */
@Entity
@Table(name = "fs_no_commission")
public class NoCommission {

    @Id
    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "no_commission")
    private boolean noCommission;

    private String reason;

    @Column(name = "set_by")
    private UUID setBy;

    @Column(name = "set_at")
    private Instant setAt;

    @Version
    private long version;

    protected NoCommission() {
    }

    public NoCommission(UUID eventId) {
        this.eventId = eventId;
    }

    public void set(boolean noCommission, String reason, UUID by, Instant now) {
        this.noCommission = noCommission;
        this.reason = reason;
        this.setBy = by;
        this.setAt = now;
    }

    public UUID eventId() {
        return eventId;
    }

    public boolean noCommission() {
        return noCommission;
    }

    public String reason() {
        return reason;
    }

    public UUID setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }
}
