package org.consigna.purchasing.domain.spillage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A spillage line returned on an RMA; each spillage line is on at most one. */
@Entity
@Table(name = "rma_line")
public class RmaLine {

    @Id
    private UUID id;

    @Column(name = "rma_id")
    private UUID rmaId;

    @Column(name = "spillage_line_id")
    private UUID spillageLineId;

    protected RmaLine() {
    }

    public RmaLine(UUID rmaId, UUID spillageLineId) {
        this.id = UUID.randomUUID();
        this.rmaId = rmaId;
        this.spillageLineId = spillageLineId;
    }

    public UUID rmaId() {
        return rmaId;
    }

    public UUID spillageLineId() {
        return spillageLineId;
    }
}
