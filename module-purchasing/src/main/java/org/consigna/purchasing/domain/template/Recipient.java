package org.consigna.purchasing.domain.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A custodian (a person or an office location) that holds counted stock, with the template its levels come from and
 * whether replenishment orders for it without an admin saving them.
 */
@Entity
@Table(name = "recipient")
public class Recipient {

    @Id
    @Column(name = "custodian_id")
    private UUID custodianId;

    @Column(name = "template_id")
    private UUID templateId;

    @Column(name = "auto_replenish")
    private boolean autoReplenish;

    @Column(name = "added_at")
    private Instant addedAt;

    @Version
    private long version;

    protected Recipient() {
    }

    public Recipient(UUID custodianId, Instant now) {
        this.custodianId = custodianId;
        this.addedAt = now;
    }

    public void change(UUID templateId, boolean autoReplenish) {
        this.templateId = templateId;
        this.autoReplenish = autoReplenish;
    }

    public UUID custodianId() {
        return custodianId;
    }

    public UUID templateId() {
        return templateId;
    }

    public boolean autoReplenish() {
        return autoReplenish;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
