package org.consigna.purchasing.domain.requisition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * A request for items for one recipient, made by the recipient ({@code source} {@code recipient}) or by billing when a
 * case is closed ({@code billing}, {@code sourceRef} the event). Ordered in parts; what is left can be ordered later.
 */
@Entity
@Table(name = "requisition")
public class Requisition {

    @Id
    private UUID id;

    private long number;

    @Column(name = "custodian_id")
    private UUID recipientId;

    private RequisitionStatus status;

    private String source;

    @Column(name = "source_ref")
    private String sourceRef;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "reject_reason")
    private String rejectReason;

    @Version
    private long version;

    protected Requisition() {
    }

    public Requisition(long number, UUID recipientId, String source, String sourceRef, UUID by, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.recipientId = recipientId;
        this.status = RequisitionStatus.OPEN;
        this.source = source;
        this.sourceRef = sourceRef;
        this.requestedBy = by;
        this.createdAt = now;
    }

    public void requireOrderable() {
        if (status == RequisitionStatus.ORDERED || status == RequisitionStatus.REJECTED) {
            throw new ProblemException(409, "requisition-closed", "Requisition closed", "Requisition " + number + " is "
                    + status.wire() + "; nothing is left to order");
        }
    }

    /** After an order: ordered when every line is, partially ordered otherwise. */
    public void ordered(List<RequisitionLine> lines) {
        this.status = lines.stream().allMatch(l -> l.remaining() == 0) ? RequisitionStatus.ORDERED : RequisitionStatus.PARTIALLY_ORDERED;
    }

    public void reject(String reason) {
        requireOrderable();
        this.status = RequisitionStatus.REJECTED;
        this.rejectReason = reason.trim();
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

    public RequisitionStatus status() {
        return status;
    }

    public String source() {
        return source;
    }

    public String sourceRef() {
        return sourceRef;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String rejectReason() {
        return rejectReason;
    }
}
