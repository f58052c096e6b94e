package org.consigna.purchasing.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Units of a purchase order line that arrived, and the device inventory received them as. */
@Entity
@Table(name = "purchase_order_receipt")
public class PurchaseOrderReceipt {

    @Id
    private UUID id;

    @Column(name = "line_id")
    private UUID lineId;

    private int quantity;

    private String lot;

    private LocalDate expiry;

    @Column(name = "device_id")
    private UUID deviceId;

    @Column(name = "received_by")
    private UUID receivedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected PurchaseOrderReceipt() {
    }

    public PurchaseOrderReceipt(UUID lineId, int quantity, String lot, LocalDate expiry, UUID deviceId, UUID by, Instant now) {
        this.id = UUID.randomUUID();
        this.lineId = lineId;
        this.quantity = quantity;
        this.lot = lot;
        this.expiry = expiry;
        this.deviceId = deviceId;
        this.receivedBy = by;
        this.receivedAt = now;
    }

    public UUID lineId() {
        return lineId;
    }

    public int quantity() {
        return quantity;
    }

    public String lot() {
        return lot;
    }

    public LocalDate expiry() {
        return expiry;
    }

    public UUID deviceId() {
        return deviceId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
