package org.consigna.facilitystock.application.commission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consigna.events.api.EventReferences;
import org.consigna.facilitystock.domain.commission.CommissionRate;
import org.consigna.facilitystock.domain.commission.CommissionRepository;
import org.consigna.facilitystock.domain.commission.CommissionSplit;
import org.consigna.facilitystock.domain.commission.NoCommission;
import org.consigna.identity.api.Members;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.CurrentCaller;

/** What admins set: rates per rep (and surgeon), the seller/covering split, an event's "no commission" flag. */
@ApplicationScoped
@Transactional
public class CommissionSettingsService {

    @Inject
    CommissionRepository commissions;

    @Inject
    Members members;

    @Inject
    EventReferences events;

    @Inject
    CurrentCaller caller;

    /** Sets the rep's rate (for a surgeon, when given), creating or changing the one row of that rep and surgeon. */
    public CommissionRate setRate(UUID repId, UUID surgeonId, BigDecimal ratePercent) {
        members.requireReference("repId", repId);
        if (surgeonId != null) {
            events.requireSurgeon("surgeonId", surgeonId);
        }
        Instant now = Instant.now();
        UUID by = caller.get().memberId();
        CommissionRate rate = commissions.rate(repId, surgeonId).orElse(null);
        if (rate == null) {
            rate = new CommissionRate(repId, surgeonId, ratePercent, by, now);
            commissions.add(rate);
        } else {
            rate.change(ratePercent, by, now);
        }
        commissions.flush();
        return rate;
    }

    public List<CommissionRate> rates(UUID afterId, int limit) {
        return commissions.rates(afterId, limit);
    }

    public CommissionSplit split() {
        return commissions.split(false);
    }

    /** Changes the split; concurrent changes are ordered by the row's lock, the first one creating it. */
    public CommissionSplit setSplit(BigDecimal sellerPercent, BigDecimal coveringPercent) {
        CommissionSplit split = commissions.split(true);
        boolean created = split.setAt() == null;
        split.change(sellerPercent, coveringPercent, caller.get().memberId(), Instant.now());
        if (created) {
            commissions.add(split);
        }
        commissions.flush();
        return split;
    }

    /** Sets or clears the event's flag; applies to its next submit. */
    public NoCommission flag(UUID eventId, boolean noCommission, String reason) {
        if (!events.eventExists(eventId)) {
            throw ProblemException.notFound("Event", eventId);
        }
        NoCommission flag = commissions.noCommission(eventId).orElse(null);
        if (flag == null) {
            flag = new NoCommission(eventId);
            flag.set(noCommission, reason, caller.get().memberId(), Instant.now());
            commissions.add(flag);
        } else {
            flag.set(noCommission, reason, caller.get().memberId(), Instant.now());
        }
        commissions.flush();
        return flag;
    }

    public NoCommission flagOf(UUID eventId) {
        if (!events.eventExists(eventId)) {
            throw ProblemException.notFound("Event", eventId);
        }
        return commissions.noCommission(eventId).orElseGet(() -> new NoCommission(eventId));
    }
}
