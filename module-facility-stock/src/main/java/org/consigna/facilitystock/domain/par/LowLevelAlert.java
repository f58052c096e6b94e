package org.consigna.facilitystock.domain.par;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * Facility stock of an item fell below par at a facility: raised by the event that consumed it, outstanding until the
 * level is back at par (then {@code recoveredAt} is set and a later drop raises a new alert). Someone acknowledges it.
 */
@Entity
@Table(name = "low_level_alert")
public class LowLevelAlert {

    @Id
    private UUID id;

    @Column(name = "facility_id")
    private UUID facilityId;

    @Column(name = "item_id")
    private UUID itemId;

    private int par;

    @Column(name = "on_hand")
    private int onHand;

    @Column(name = "raised_at")
    private Instant raisedAt;

    @Column(name = "raised_by_event_id")
    private UUID raisedByEventId;

    @Column(name = "acknowledged_by")
    private UUID acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "recovered_at")
    private Instant recoveredAt;

    @Version
    private long version;

    protected LowLevelAlert() {
    }

    public LowLevelAlert(UUID facilityId, UUID itemId, int par, int onHand, UUID raisedByEventId, Instant now) {
        this.id = UUID.randomUUID();
        this.facilityId = facilityId;
        this.itemId = itemId;
        this.par = par;
        this.onHand = onHand;
        this.raisedByEventId = raisedByEventId;
        this.raisedAt = now;
    }

    public void acknowledge(UUID by, Instant now) {
        if (acknowledgedBy != null) {
            throw ProblemException.conflict("alert-acknowledged", "This low-level alert was already acknowledged at "
                    + acknowledgedAt);
        }
        this.acknowledgedBy = by;
        this.acknowledgedAt = now;
    }

    public void recovered(Instant now) {
        this.recoveredAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public UUID itemId() {
        return itemId;
    }

    public int par() {
        return par;
    }

    public int onHand() {
        return onHand;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public UUID raisedByEventId() {
        return raisedByEventId;
    }

    public UUID acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant recoveredAt() {
        return recoveredAt;
    }

    public boolean outstanding() {
        return recoveredAt == null;
    }
}
