package org.consigna.purchasing.domain.spillage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Units of one item found faulty, with the reason; deducted from the recipient's stock when entered. */
@Entity
@Table(name = "spillage_line")
public class SpillageLine {

    @Id
    private UUID id;

    @Column(name = "report_id")
    private UUID reportId;

    private int position;

    @Column(name = "item_id")
    private UUID itemId;

    private int quantity;

    @Column(name = "reason_code_id")
    private UUID reasonCodeId;

    private String note;

    @Column(name = "added_by")
    private UUID addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected SpillageLine() {
    }

    public SpillageLine(UUID reportId, int position, UUID itemId, int quantity, UUID reasonCodeId, String note, UUID by,
                        Instant now) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.position = position;
        this.itemId = itemId;
        this.quantity = quantity;
        this.reasonCodeId = reasonCodeId;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.addedBy = by;
        this.addedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public int position() {
        return position;
    }

    public UUID itemId() {
        return itemId;
    }

    public int quantity() {
        return quantity;
    }

    public UUID reasonCodeId() {
        return reasonCodeId;
    }

    public String note() {
        return note;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
