package org.consigna.facilitystock.domain.commission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A commission line marked paid, by whom and when. Its key is the line: the database pays a line once. */
@Entity
@Table(name = "fs_commission_payment")
public class CommissionPayment {

    /** The primary key that refuses a second payment of one line. */
    public static final String ONE_PAYMENT_KEY = "pk_fs_commission_payment";

    @Id
    @Column(name = "line_id")
    private UUID lineId;

    @Column(name = "paid_by")
    private UUID paidBy;

    @Column(name = "paid_at")
    private Instant paidAt;

    private String reference;

    protected CommissionPayment() {
    }

    public CommissionPayment(UUID lineId, UUID paidBy, Instant paidAt, String reference) {
        this.lineId = lineId;
        this.paidBy = paidBy;
        this.paidAt = paidAt;
        this.reference = reference;
    }

    public UUID lineId() {
        return lineId;
    }

    public UUID paidBy() {
        return paidBy;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public String reference() {
        return reference;
    }
}
