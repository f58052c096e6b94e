package org.consigna.facilitystock.domain.commission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A rep's commission rate in percent of the base amount; with a surgeon, the rate for that rep's cases with that
 * surgeon, which wins over the rep's own rate. One row per rep and surgeon (the database says so); changed in place.
 */
@Entity
@Table(name = "fs_commission_rate")
public class CommissionRate {

    @Id
    private UUID id;

    @Column(name = "rep_id")
    private UUID repId;

    @Column(name = "surgeon_id")
    private UUID surgeonId;

    @Column(name = "rate_percent")
    private BigDecimal ratePercent;

    @Column(name = "set_by")
    private UUID setBy;

    @Column(name = "set_at")
    private Instant setAt;

    @Version
    private long version;

    protected CommissionRate() {
    }

    public CommissionRate(UUID repId, UUID surgeonId, BigDecimal ratePercent, UUID setBy, Instant now) {
        this.id = UUID.randomUUID();
        this.repId = repId;
        this.surgeonId = surgeonId;
        change(ratePercent, setBy, now);
    }

    public void change(BigDecimal ratePercent, UUID setBy, Instant now) {
        this.ratePercent = Percent.require("ratePercent", ratePercent);
        this.setBy = setBy;
        this.setAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID repId() {
        return repId;
    }

    public UUID surgeonId() {
        return surgeonId;
    }

    public BigDecimal ratePercent() {
        return ratePercent;
    }

    public UUID setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }
}
