package org.consigna.billing.domain.price;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A price list assigned to a facility from one time until it is unassigned or replaced by another list; ended
 * assignments stay as history. A facility has at most one current assignment (the database enforces it).
 */
@Entity
@Table(name = "billing_price_list_assignment")
public class PriceListAssignment {

    @Id
    private UUID id;

    @Column(name = "price_list_id")
    private UUID priceListId;

    @Column(name = "facility_id")
    private UUID facilityId;

    @Column(name = "assigned_by")
    private UUID assignedBy;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "ended_by")
    private UUID endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected PriceListAssignment() {
    }

    public PriceListAssignment(UUID priceListId, UUID facilityId, UUID assignedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.priceListId = priceListId;
        this.facilityId = facilityId;
        this.assignedBy = assignedBy;
        this.assignedAt = now;
    }

    public void end(UUID by, Instant now) {
        this.endedBy = by;
        this.endedAt = now;
    }

    public boolean current() {
        return endedAt == null;
    }

    public UUID id() {
        return id;
    }

    public UUID priceListId() {
        return priceListId;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public UUID assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public UUID endedBy() {
        return endedBy;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
