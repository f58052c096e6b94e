package org.consigna.facilitystock.domain.commission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.consigna.platform.problem.ProblemException;

/**
 * The tenant's split of a commission on facility stock used in a case another rep covered: the seller's share and
 * the covering rep's share, summing to 100 % (checked here and by the database). One row per tenant; half and half
 * until an admin sets it.
 */
@Entity
@Table(name = "fs_commission_split")
public class CommissionSplit {

    /** The one row of the tenant. */
    public static final int ID = 1;

    public static final BigDecimal DEFAULT_SHARE = new BigDecimal("50.00");

    @Id
    private int id;

    @Column(name = "seller_percent")
    private BigDecimal sellerPercent;

    @Column(name = "covering_percent")
    private BigDecimal coveringPercent;

    @Column(name = "set_at")
    private Instant setAt;

    @Column(name = "set_by")
    private java.util.UUID setBy;

    @Version
    private long version;

    protected CommissionSplit() {
    }

    /** The split an admin has not set yet. */
    public static CommissionSplit standard() {
        CommissionSplit split = new CommissionSplit();
        split.id = ID;
        split.sellerPercent = DEFAULT_SHARE;
        split.coveringPercent = DEFAULT_SHARE;
        return split;
    }

    public void change(BigDecimal seller, BigDecimal covering, java.util.UUID by, Instant now) {
        BigDecimal s = Percent.require("sellerPercent", seller);
        BigDecimal c = Percent.require("coveringPercent", covering);
        if (s.add(c).compareTo(Percent.HUNDRED) != 0) {
            throw new ProblemException(422, "split-not-100", "Split must sum to 100 %", "The seller's share (" + s
                    + " %) and the covering rep's share (" + c + " %) must sum to 100 %, not " + s.add(c) + " %",
                    Map.of("field", "coveringPercent"));
        }
        this.sellerPercent = s;
        this.coveringPercent = c;
        this.setBy = by;
        this.setAt = now;
    }

    public BigDecimal sellerPercent() {
        return sellerPercent;
    }

    public BigDecimal coveringPercent() {
        return coveringPercent;
    }

    public Instant setAt() {
        return setAt;
    }
}
