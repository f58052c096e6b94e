package org.consigna.facilitystock.domain.commission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who earns what on a submitted event. A device earns commission once, when it is used up: in a sale case the
 * representative earns on it; facility stock earns when a case uses it (not when the stocking order sells it), so
 * the seller's commission can be shared with the rep who covered the case. The rate is the rep's rate for the
 * case's surgeon if set, else the rep's own; a rep without a rate earns nothing. A flagged event earns nothing.
 */
public final class CommissionRules {

    private final List<CommissionRate> rates;
    private final CommissionSplit split;

    public CommissionRules(List<CommissionRate> rates, CommissionSplit split) {
        this.rates = List.copyOf(rates);
        this.split = split;
    }

    /**
     * One device line of a submitted event.
     *
     * @param sellerId      who held the device when the event used it: for facility stock, the custodian who sold it
     * @param facilityStock the device was facility stock when the case used it
     * @param consumed      the submit used the device up
     */
    public record Sale(UUID lineId, UUID deviceId, UUID itemId, int quantity, UUID sellerId, boolean facilityStock,
                       boolean consumed) {
    }

    /** The rate that applies to the rep in a case with this surgeon: the surgeon-specific one wins. */
    public Optional<BigDecimal> rateFor(UUID repId, UUID surgeonId) {
        Optional<BigDecimal> own = Optional.empty();
        for (CommissionRate rate : rates) {
            if (!rate.repId().equals(repId)) {
                continue;
            }
            if (surgeonId != null && surgeonId.equals(rate.surgeonId())) {
                return Optional.of(rate.ratePercent());
            }
            if (rate.surgeonId() == null) {
                own = Optional.of(rate.ratePercent());
            }
        }
        return own;
    }

    /**
     * The lines a submit earns.
     *
     * @param representativeId the event's representative: in a case using facility stock, the covering rep
     * @param recordsSale      whether the event records a sale (a sale case); facility stock earns in a non-sale case
     */
    public List<CommissionLine> earned(CommissionLine.EarnedOn on, UUID representativeId, boolean recordsSale,
                                       boolean noCommission, List<Sale> sales, Map<UUID, BigDecimal> unitPrices) {
        List<CommissionLine> lines = new ArrayList<>();
        if (noCommission) {
            return lines;
        }
        for (Sale sale : sales) {
            if (!sale.consumed()) {
                continue;
            }
            BigDecimal base = BaseAmounts.of(unitPrices, sale.itemId(), sale.quantity());
            if (sale.facilityStock() && sale.sellerId() != null && !sale.sellerId().equals(representativeId)) {
                add(lines, on, sale, sale.sellerId(), CommissionRole.SELLER, base, split.sellerPercent());
                add(lines, on, sale, representativeId, CommissionRole.COVERING, base, split.coveringPercent());
            } else if (sale.facilityStock() || recordsSale) {
                add(lines, on, sale, representativeId, CommissionRole.REPRESENTATIVE, base, Percent.HUNDRED);
            }
        }
        return lines;
    }

    private void add(List<CommissionLine> lines, CommissionLine.EarnedOn on, Sale sale, UUID repId, CommissionRole role,
                     BigDecimal base, BigDecimal share) {
        if (share.signum() == 0) {
            return;
        }
        rateFor(repId, on.surgeonId()).ifPresent(rate ->
                lines.add(CommissionLine.earned(on, sale, repId, role, base, share, rate)));
    }

    /** The reversals of a reopened event's lines not yet reversed. */
    public static List<CommissionLine> reversals(List<CommissionLine> unreversed, java.time.Instant at) {
        return unreversed.stream().filter(l -> l.kind() == CommissionKind.EARNED).map(l -> l.reversal(at)).toList();
    }
}
