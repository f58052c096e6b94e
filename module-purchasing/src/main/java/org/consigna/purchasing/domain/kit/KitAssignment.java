package org.consigna.purchasing.domain.kit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Kits given to a recipient; the source document of the item receipts it broke into. */
@Entity
@Table(name = "kit_assignment")
public class KitAssignment {

    @Id
    private UUID id;

    @Column(name = "kit_id")
    private UUID kitId;

    @Column(name = "custodian_id")
    private UUID recipientId;

    private int kits;

    @Column(name = "assigned_by")
    private UUID assignedBy;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    protected KitAssignment() {
    }

    public KitAssignment(UUID kitId, UUID recipientId, int kits, UUID by, Instant now) {
        this.id = UUID.randomUUID();
        this.kitId = kitId;
        this.recipientId = recipientId;
        this.kits = kits;
        this.assignedBy = by;
        this.assignedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID kitId() {
        return kitId;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public int kits() {
        return kits;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
