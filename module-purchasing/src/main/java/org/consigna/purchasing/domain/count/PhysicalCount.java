package org.consigna.purchasing.domain.count;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * A count of one recipient's stock. Its lines' expected quantities are a snapshot taken when it starts; the first
 * count of a recipient sets its initial levels.
 */
@Entity
@Table(name = "physical_count")
public class PhysicalCount {

    @Id
    private UUID id;

    @Column(name = "custodian_id")
    private UUID recipientId;

    private CountStatus status;

    private boolean initial;

    @Column(name = "started_by")
    private UUID startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "applied_by")
    private UUID appliedBy;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Version
    private long version;

    protected PhysicalCount() {
    }

    public PhysicalCount(UUID recipientId, boolean initial, UUID by, Instant now) {
        this.id = UUID.randomUUID();
        this.recipientId = recipientId;
        this.status = CountStatus.OPEN;
        this.initial = initial;
        this.startedBy = by;
        this.startedAt = now;
    }

    public void requireOpen() {
        if (status != CountStatus.OPEN) {
            throw new ProblemException(409, "count-closed", "Count closed", "This count was " + status.wire()
                    + " and takes no more changes");
        }
    }

    public void applied(UUID by, Instant now) {
        requireOpen();
        this.status = CountStatus.APPLIED;
        this.appliedBy = by;
        this.appliedAt = now;
    }

    public void cancel() {
        requireOpen();
        this.status = CountStatus.CANCELLED;
    }

    public UUID id() {
        return id;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public CountStatus status() {
        return status;
    }

    public boolean initial() {
        return initial;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant appliedAt() {
        return appliedAt;
    }
}
