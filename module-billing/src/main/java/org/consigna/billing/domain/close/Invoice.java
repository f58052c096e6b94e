package org.consigna.billing.domain.close;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The invoice record made when a sale's PO number is entered: numbered by the tenant's invoice sequence, its lines
 * copied from the sales order, for the ERP. None for a non-sale case. An admin's PO correction updates its PO number.
 */
@Entity
@Table(name = "billing_invoice")
public class Invoice {

    @Id
    private UUID id;

    private long number;

    @Column(name = "record_id")
    private UUID recordId;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "facility_id")
    private UUID facilityId;

    @Column(name = "representative_id")
    private UUID representativeId;

    @Column(name = "po_number")
    private String poNumber;

    private String currency;

    private BigDecimal total;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private UUID createdBy;

    @Version
    private long version;

    protected Invoice() {
    }

    public Invoice(long number, BillingRecord record, BigDecimal total, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.recordId = record.id();
        this.eventId = record.eventId();
        this.facilityId = record.facilityId();
        this.representativeId = record.representativeId();
        this.poNumber = record.poNumber();
        this.currency = record.currency();
        this.total = total;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    public void correctPo(String poNumber) {
        this.poNumber = poNumber;
    }

    public UUID id() {
        return id;
    }

    public long number() {
        return number;
    }

    public UUID recordId() {
        return recordId;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public UUID representativeId() {
        return representativeId;
    }

    public String poNumber() {
        return poNumber;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal total() {
        return total;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
