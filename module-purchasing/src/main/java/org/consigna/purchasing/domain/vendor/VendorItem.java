package org.consigna.purchasing.domain.vendor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/** An item a vendor supplies: its part number at the vendor, cost and lead time; at most one vendor is an item's preferred. */
@Entity
@Table(name = "vendor_item")
public class VendorItem {

    @Id
    private UUID id;

    @Column(name = "vendor_id")
    private UUID vendorId;

    @Column(name = "item_id")
    private UUID itemId;

    @Column(name = "part_number")
    private String partNumber;

    @Column(name = "unit_cost")
    private BigDecimal unitCost;

    @Column(name = "lead_time_days")
    private int leadTimeDays;

    private boolean preferred;

    @Version
    private long version;

    protected VendorItem() {
    }

    public VendorItem(UUID vendorId, UUID itemId) {
        this.id = UUID.randomUUID();
        this.vendorId = vendorId;
        this.itemId = itemId;
    }

    public void change(String partNumber, BigDecimal unitCost, int leadTimeDays, boolean preferred) {
        if (unitCost.signum() < 0 || leadTimeDays < 0) {
            throw ProblemException.badRequest("invalid-vendor-item", "Cost and lead time are 0 or more");
        }
        this.partNumber = partNumber.trim();
        this.unitCost = unitCost;
        this.leadTimeDays = leadTimeDays;
        this.preferred = preferred;
    }

    public void notPreferred() {
        this.preferred = false;
    }

    public UUID id() {
        return id;
    }

    public UUID vendorId() {
        return vendorId;
    }

    public UUID itemId() {
        return itemId;
    }

    public String partNumber() {
        return partNumber;
    }

    public BigDecimal unitCost() {
        return unitCost;
    }

    public int leadTimeDays() {
        return leadTimeDays;
    }

    public boolean preferred() {
        return preferred;
    }
}
