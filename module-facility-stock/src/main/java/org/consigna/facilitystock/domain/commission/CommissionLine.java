package org.consigna.facilitystock.domain.commission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one rep earns on one device line of one submission of an event: base amount × share × rate. Never changed
 * nor deleted: a reopen adds a {@link CommissionKind#REVERSAL} line of the opposite amount naming the line it
 * reverses (once: the database allows one reversal per line). Whether it was paid is a {@link CommissionPayment}.
 */
@Entity
@Table(name = "fs_commission_line")
public class CommissionLine {

    @Id
    private UUID id;

    @Column(name = "event_id")
    private UUID eventId;

    private int submission;

    @Column(name = "event_line_id")
    private UUID eventLineId;

    @Column(name = "device_id")
    private UUID deviceId;

    @Column(name = "item_id")
    private UUID itemId;

    private int quantity;

    @Column(name = "rep_id")
    private UUID repId;

    private CommissionRole role;

    private CommissionKind kind;

    @Column(name = "surgeon_id")
    private UUID surgeonId;

    @Column(name = "facility_id")
    private UUID facilityId;

    @Column(name = "event_date")
    private LocalDate eventDate;

    @Column(name = "base_amount")
    private BigDecimal baseAmount;

    @Column(name = "share_percent")
    private BigDecimal sharePercent;

    @Column(name = "rate_percent")
    private BigDecimal ratePercent;

    private BigDecimal amount;

    @Column(name = "reverses_id")
    private UUID reversesId;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected CommissionLine() {
    }

    /** An earned line: {@code base × share% × rate%}, rounded half up to the cent. */
    public static CommissionLine earned(EarnedOn on, CommissionRules.Sale sale, UUID repId, CommissionRole role,
                                        BigDecimal base, BigDecimal sharePercent, BigDecimal ratePercent) {
        CommissionLine line = new CommissionLine();
        line.id = UUID.randomUUID();
        line.eventId = on.eventId();
        line.submission = on.submission();
        line.surgeonId = on.surgeonId();
        line.facilityId = on.facilityId();
        line.eventDate = on.eventDate();
        line.recordedAt = on.at();
        line.eventLineId = sale.lineId();
        line.deviceId = sale.deviceId();
        line.itemId = sale.itemId();
        line.quantity = sale.quantity();
        line.repId = repId;
        line.role = role;
        line.kind = CommissionKind.EARNED;
        line.baseAmount = base.setScale(2, RoundingMode.HALF_UP);
        line.sharePercent = sharePercent;
        line.ratePercent = ratePercent;
        line.amount = Percent.of(Percent.of(base, sharePercent), ratePercent).setScale(2, RoundingMode.HALF_UP);
        return line;
    }

    /** The reversal of this earned line: same rep, device and rule, the opposite amount. */
    public CommissionLine reversal(Instant at) {
        if (kind != CommissionKind.EARNED) {
            throw new IllegalStateException("Only an earned line is reversed: " + id);
        }
        CommissionLine line = new CommissionLine();
        line.id = UUID.randomUUID();
        line.eventId = eventId;
        line.submission = submission;
        line.surgeonId = surgeonId;
        line.facilityId = facilityId;
        line.eventDate = eventDate;
        line.eventLineId = eventLineId;
        line.deviceId = deviceId;
        line.itemId = itemId;
        line.quantity = -quantity;
        line.repId = repId;
        line.role = role;
        line.kind = CommissionKind.REVERSAL;
        line.baseAmount = baseAmount.negate();
        line.sharePercent = sharePercent;
        line.ratePercent = ratePercent;
        line.amount = amount.negate();
        line.reversesId = id;
        line.recordedAt = at;
        return line;
    }

    /** The event's submission that earns lines, as the commission rules need it. */
    public record EarnedOn(UUID eventId, int submission, UUID surgeonId, UUID facilityId, LocalDate eventDate,
                           Instant at) {
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public int submission() {
        return submission;
    }

    public UUID eventLineId() {
        return eventLineId;
    }

    public UUID deviceId() {
        return deviceId;
    }

    public UUID itemId() {
        return itemId;
    }

    public int quantity() {
        return quantity;
    }

    public UUID repId() {
        return repId;
    }

    public CommissionRole role() {
        return role;
    }

    public CommissionKind kind() {
        return kind;
    }

    public UUID surgeonId() {
        return surgeonId;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public LocalDate eventDate() {
        return eventDate;
    }

    public BigDecimal baseAmount() {
        return baseAmount;
    }

    public BigDecimal sharePercent() {
        return sharePercent;
    }

    public BigDecimal ratePercent() {
        return ratePercent;
    }

    public BigDecimal amount() {
        return amount;
    }

    public UUID reversesId() {
        return reversesId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
