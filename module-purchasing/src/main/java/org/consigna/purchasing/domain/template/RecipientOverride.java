package org.consigna.purchasing.domain.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A recipient's own vendor or levels for one item, over its template's; a field left empty keeps the template's. */
@Entity
@Table(name = "recipient_override")
public class RecipientOverride {

    @Id
    private UUID id;

    @Column(name = "custodian_id")
    private UUID custodianId;

    @Column(name = "item_id")
    private UUID itemId;

    @Column(name = "vendor_id")
    private UUID vendorId;

    @Column(name = "min_level")
    private Integer minLevel;

    @Column(name = "base_level")
    private Integer baseLevel;

    @Version
    private long version;

    protected RecipientOverride() {
    }

    public RecipientOverride(UUID custodianId, UUID itemId) {
        this.id = UUID.randomUUID();
        this.custodianId = custodianId;
        this.itemId = itemId;
    }

    public void change(UUID vendorId, Levels levels) {
        this.vendorId = vendorId;
        this.minLevel = levels == null ? null : levels.min();
        this.baseLevel = levels == null ? null : levels.base();
    }

    public UUID custodianId() {
        return custodianId;
    }

    public UUID itemId() {
        return itemId;
    }

    public UUID vendorId() {
        return vendorId;
    }

    /** The override's levels, or null to keep the template's. */
    public Levels levels() {
        return minLevel == null ? null : new Levels(minLevel, baseLevel);
    }
}
