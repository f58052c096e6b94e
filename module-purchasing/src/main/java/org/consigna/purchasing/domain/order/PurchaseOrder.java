package org.consigna.purchasing.domain.order;

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
 * An order to one vendor. Saved once from replenishment and never edited after: it is received (in full or in
 * parts) or cancelled with a reason; what was received stays received.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

    @Id
    private UUID id;

    private long number;

    @Column(name = "vendor_id")
    private UUID vendorId;

    private PurchaseOrderStatus status;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "cancelled_by")
    private UUID cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "submitted_to")
    private String submittedTo;

    @Column(name = "vendor_reference")
    private String vendorReference;

    @Column(name = "emailed_to")
    private String emailedTo;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Version
    private long version;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(long number, UUID vendorId, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.vendorId = vendorId;
        this.status = PurchaseOrderStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void cancel(String reason, UUID by, Instant now) {
        if (!status.receivable()) {
            throw new ProblemException(409, "purchase-order-closed", "Purchase order closed",
                    "Purchase order " + number + " is " + status.wire() + "; only an open order is cancelled");
        }
        this.status = PurchaseOrderStatus.CANCELLED;
        this.cancelReason = reason.trim();
        this.cancelledBy = by;
        this.cancelledAt = now;
    }

    public void requireReceivable() {
        if (!status.receivable()) {
            throw new ProblemException(409, "purchase-order-closed", "Purchase order closed",
                    "Purchase order " + number + " is " + status.wire() + " and receives nothing more");
        }
    }

    /** After a receipt: received when every line is, partially received otherwise. */
    public void received(List<PurchaseOrderLine> lines) {
        boolean all = lines.stream().allMatch(PurchaseOrderLine::complete);
        this.status = all ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTIALLY_RECEIVED;
    }

    public void submitted(String connector, String vendorReference) {
        this.submittedTo = connector;
        this.vendorReference = vendorReference;
    }

    public void emailed(String to, Instant now) {
        if (status == PurchaseOrderStatus.CANCELLED) {
            throw new ProblemException(409, "purchase-order-closed", "Purchase order closed",
                    "Purchase order " + number + " is cancelled; it is not sent");
        }
        this.emailedTo = to;
        this.emailedAt = now;
    }

    public String emailedTo() {
        return emailedTo;
    }

    public Instant emailedAt() {
        return emailedAt;
    }

    public UUID id() {
        return id;
    }

    public long number() {
        return number;
    }

    public UUID vendorId() {
        return vendorId;
    }

    public PurchaseOrderStatus status() {
        return status;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String submittedTo() {
        return submittedTo;
    }

    public String vendorReference() {
        return vendorReference;
    }
}
