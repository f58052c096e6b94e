package org.consigna.purchasing.domain.spillage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/** A report of faulty equipment at one recipient: Open (lines added, each deducted), Locked (converted to RMAs), Closed. */
@Entity
@Table(name = "spillage_report")
public class SpillageReport {

    @Id
    private UUID id;

    private long number;

    @Column(name = "custodian_id")
    private UUID recipientId;

    private SpillageStatus status;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected SpillageReport() {
    }

    public SpillageReport(long number, UUID recipientId, UUID by, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.recipientId = recipientId;
        this.status = SpillageStatus.OPEN;
        this.createdBy = by;
        this.createdAt = now;
    }

    public void requireOpen() {
        require(SpillageStatus.OPEN, "takes lines");
    }

    public void lock(Instant now) {
        require(SpillageStatus.OPEN, "is locked");
        this.status = SpillageStatus.LOCKED;
        this.lockedAt = now;
    }

    public void requireLocked() {
        require(SpillageStatus.LOCKED, "converts to RMAs");
    }

    public void close(Instant now) {
        require(SpillageStatus.LOCKED, "is closed");
        this.status = SpillageStatus.CLOSED;
        this.closedAt = now;
    }

    private void require(SpillageStatus wanted, String action) {
        if (status != wanted) {
            throw new ProblemException(409, "spillage-report-" + status.wire(), "Spillage report " + status.wire(),
                    "Spillage report " + number + " is " + status.wire() + "; only a " + wanted.wire() + " report " + action);
        }
    }

    public UUID id() {
        return id;
    }

    public long number() {
        return number;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public SpillageStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lockedAt() {
        return lockedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
