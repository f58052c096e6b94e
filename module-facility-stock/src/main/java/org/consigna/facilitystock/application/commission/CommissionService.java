package org.consigna.facilitystock.application.commission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.consigna.events.api.EventSubmitted;
import org.consigna.facilitystock.domain.commission.BaseAmounts;
import org.consigna.facilitystock.domain.commission.CommissionLine;
import org.consigna.facilitystock.domain.commission.CommissionRepository;
import org.consigna.facilitystock.domain.commission.CommissionRules;

/**
 * Commission lines follow the events: a submit earns them (joining the submit's transaction, so a refusal undoes
 * both), a reopen reverses what is not reversed yet. Rates and split are read as they are at that moment.
 */
@ApplicationScoped
@Transactional
public class CommissionService {

    @Inject
    CommissionRepository commissions;

    @Inject
    BaseAmounts baseAmounts;

    /** The lines a submitted event earns, written now; none for an event flagged "no commission". */
    public List<CommissionLine> earn(EventSubmitted submitted) {
        boolean flagged = commissions.noCommission(submitted.eventId()).map(f -> f.noCommission()).orElse(false);
        List<CommissionRules.Sale> sales = submitted.lines().stream()
                .filter(l -> l.itemId() != null)
                .map(l -> new CommissionRules.Sale(l.lineId(), l.deviceId(), l.itemId(), l.quantity(), l.custodianId(),
                        l.facilityStock(), l.consumed()))
                .toList();
        if (flagged || sales.stream().noneMatch(CommissionRules.Sale::consumed)) {
            return List.of();
        }
        Set<UUID> reps = new HashSet<>();
        reps.add(submitted.representativeId());
        sales.stream().map(CommissionRules.Sale::sellerId).filter(java.util.Objects::nonNull).forEach(reps::add);
        CommissionRules rules = new CommissionRules(commissions.ratesOf(reps), commissions.split(false));
        Map<UUID, BigDecimal> prices = baseAmounts.unitPrices(sales.stream().map(CommissionRules.Sale::itemId).toList());
        var on = new CommissionLine.EarnedOn(submitted.eventId(), submitted.submission(), submitted.surgeonId(),
                submitted.facilityId(), submitted.eventDate(), submitted.submittedAt());
        List<CommissionLine> lines = rules.earned(on, submitted.representativeId(), submitted.recordsSale(), false, sales,
                prices);
        lines.forEach(commissions::add);
        commissions.flush();
        return lines;
    }

    /** Reverses every earned line of the reopened event that no reversal names yet. */
    public List<CommissionLine> reverse(UUID eventId, Instant at) {
        List<CommissionLine> reversals = CommissionRules.reversals(commissions.unreversed(eventId), at);
        reversals.forEach(commissions::add);
        commissions.flush();
        return reversals;
    }
}
