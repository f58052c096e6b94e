package org.consigna.billing.domain.close;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A request, made when closing, to replace used devices in the representative's custody: one row per item and
 * quantity, either sent at once as a pending transfer from a chosen custodian, or left for the purchasing module to
 * turn into a purchase order (published through billing's api).
 */
@Entity
@Table(name = "billing_replenishment")
public class Replenishment {

    @Id
    private UUID id;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "record_id")
    private UUID recordId;

    @Column(name = "representative_id")
    private UUID representativeId;

    @Column(name = "item_id")
    private UUID itemId;

    private int quantity;

    /** The custodian a transfer replaces the units from; null for a request to purchasing. */
    @Column(name = "custodian_id")
    private UUID custodianId;

    @Column(name = "transfer_id")
    private UUID transferId;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    protected Replenishment() {
    }

    public Replenishment(BillingRecord record, UUID itemId, int quantity, UUID custodianId, UUID transferId,
                         UUID requestedBy, Instant now) {
        this(record, itemId, quantity, requestedBy, now);
        this.custodianId = custodianId;
        this.transferId = transferId;
    }

    public Replenishment(BillingRecord record, UUID itemId, int quantity, UUID requestedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.eventId = record.eventId();
        this.recordId = record.id();
        this.representativeId = record.representativeId();
        this.itemId = itemId;
        this.quantity = quantity;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
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

    public UUID representativeId() {
        return representativeId;
    }

    public UUID itemId() {
        return itemId;
    }

    public int quantity() {
        return quantity;
    }

    public UUID custodianId() {
        return custodianId;
    }

    public UUID transferId() {
        return transferId;
    }

    public UUID requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }
}
