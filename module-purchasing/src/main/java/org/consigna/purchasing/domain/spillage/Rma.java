package org.consigna.purchasing.domain.spillage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A return to one vendor of a locked spillage report's lines: a record with its own status, no stock change. */
@Entity
@Table(name = "rma")
public class Rma {

    @Id
    private UUID id;

    private long number;

    @Column(name = "report_id")
    private UUID reportId;

    @Column(name = "vendor_id")
    private UUID vendorId;

    private RmaStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Rma() {
    }

    public Rma(long number, UUID reportId, UUID vendorId, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.reportId = reportId;
        this.vendorId = vendorId;
        this.status = RmaStatus.OPEN;
        this.createdAt = now;
    }

    public void status(RmaStatus status) {
        this.status = status;
    }

    public UUID id() {
        return id;
    }

    public long number() {
        return number;
    }

    public UUID reportId() {
        return reportId;
    }

    public UUID vendorId() {
        return vendorId;
    }

    public RmaStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
