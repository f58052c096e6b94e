package org.consigna.billing.domain.price;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A facility's contract prices as uploaded at one time. The next upload replaces it: it stays, marked replaced and
 * by which sheet. A facility has at most one current sheet (the database enforces it).
 */
@Entity
@Table(name = "billing_price_sheet")
public class PriceSheet {

    @Id
    private UUID id;

    @Column(name = "facility_id")
    private UUID facilityId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "line_count")
    private int lineCount;

    @Column(name = "uploaded_by")
    private UUID uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "replaced_by")
    private UUID replacedBy;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    @Version
    private long version;

    protected PriceSheet() {
    }

    public PriceSheet(UUID facilityId, String fileName, int lineCount, UUID uploadedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.facilityId = facilityId;
        this.fileName = fileName;
        this.lineCount = lineCount;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public void replacedBy(PriceSheet next) {
        this.replacedBy = next.id;
        this.replacedAt = next.uploadedAt;
    }

    public boolean current() {
        return replacedAt == null;
    }

    /** How the sheet is named as a price's source. */
    public String sourceName() {
        return fileName != null ? "contract price sheet " + fileName : "contract price sheet of " + uploadedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public String fileName() {
        return fileName;
    }

    public int lineCount() {
        return lineCount;
    }

    public UUID uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public UUID replacedBy() {
        return replacedBy;
    }

    public Instant replacedAt() {
        return replacedAt;
    }
}
