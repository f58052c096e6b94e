package org.consigna.facilitystock.interfaces.rest.commission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.consigna.facilitystock.domain.commission.CommissionLine;
import org.consigna.facilitystock.domain.commission.CommissionPayment;
import org.consigna.facilitystock.domain.commission.CommissionRate;
import org.consigna.facilitystock.domain.commission.CommissionRepository.PaidLine;
import org.consigna.facilitystock.domain.commission.CommissionSplit;
import org.consigna.facilitystock.domain.commission.NoCommission;
import org.consigna.platform.web.CsvWriter;

/** What the commission resource answers. */
public final class CommissionViews {

    private CommissionViews() {
    }

    /** A rep's rate; with a surgeon, the rate of that rep's cases with that surgeon (it wins). */
    public record RateView(UUID id, UUID repId, UUID surgeonId, BigDecimal ratePercent, UUID setBy, Instant setAt) {

        static RateView of(CommissionRate r) {
            return new RateView(r.id(), r.repId(), r.surgeonId(), r.ratePercent(), r.setBy(), r.setAt());
        }
    }

    /** The split of facility-stock commissions between the rep who sold the stock and the rep who covered the case. */
    public record SplitView(BigDecimal sellerPercent, BigDecimal coveringPercent, Instant setAt) {

        static SplitView of(CommissionSplit s) {
            return new SplitView(s.sellerPercent(), s.coveringPercent(), s.setAt());
        }
    }

    /** An event's "no commission" flag. */
    public record FlagView(UUID eventId, boolean noCommission, String reason, UUID setBy, Instant setAt) {

        static FlagView of(NoCommission f) {
            return new FlagView(f.eventId(), f.noCommission(), f.reason(), f.setBy(), f.setAt());
        }
    }

    /**
     * A commission line: {@code amount = baseAmount × sharePercent % × ratePercent %}; a reversal has the opposite
     * amount and names the line it reverses in {@code reversesId}. Paid or not, and by whom and when.
     */
    public record LineView(UUID id, String kind, UUID repId, String role, BigDecimal amount, BigDecimal baseAmount,
                    BigDecimal sharePercent, BigDecimal ratePercent, UUID eventId, int submission, UUID eventLineId,
                    UUID deviceId, UUID itemId, int quantity, UUID surgeonId, UUID facilityId, LocalDate eventDate,
                    UUID reversesId, Instant recordedAt, boolean paid, UUID paidBy, Instant paidAt,
                    String paymentReference) {

        static LineView of(PaidLine paid) {
            CommissionLine l = paid.line();
            CommissionPayment p = paid.payment();
            return new LineView(l.id(), l.kind().wire(), l.repId(), l.role().wire(), l.amount(), l.baseAmount(),
                    l.sharePercent(), l.ratePercent(), l.eventId(), l.submission(), l.eventLineId(), l.deviceId(),
                    l.itemId(), l.quantity(), l.surgeonId(), l.facilityId(), l.eventDate(), l.reversesId(),
                    l.recordedAt(), p != null, p == null ? null : p.paidBy(), p == null ? null : p.paidAt(),
                    p == null ? null : p.reference());
        }
    }

    static final String[] CSV_HEADER = {"id", "kind", "rep_id", "role", "amount", "base_amount", "share_percent",
        "rate_percent", "event_id", "submission", "device_id", "item_id", "quantity", "surgeon_id", "facility_id",
        "event_date", "reverses_id", "recorded_at", "paid", "paid_by", "paid_at", "payment_reference"};

    static Object[] csvRow(LineView v) {
        return new Object[] {v.id(), v.kind(), v.repId(), v.role(), v.amount(), v.baseAmount(), v.sharePercent(),
            v.ratePercent(), v.eventId(), v.submission(), v.deviceId(), v.itemId(), v.quantity(), v.surgeonId(),
            v.facilityId(), v.eventDate(), v.reversesId(), v.recordedAt(), v.paid(), v.paidBy(), v.paidAt(),
            v.paymentReference()};
    }

    static String csv(Iterable<Object[]> rows) {
        return CsvWriter.of(CSV_HEADER, rows);
    }
}
