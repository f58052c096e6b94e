package org.consigna.facilitystock.application.commission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.facilitystock.domain.commission.CommissionLine;
import org.consigna.facilitystock.domain.commission.CommissionPayment;
import org.consigna.facilitystock.domain.commission.CommissionRepository;
import org.consigna.facilitystock.domain.commission.CommissionRepository.LineFilter;
import org.consigna.facilitystock.domain.commission.CommissionRepository.LineKey;
import org.consigna.facilitystock.domain.commission.CommissionRepository.PaidLine;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.CurrentCaller;
import org.consigna.platform.security.TenantRole;

/**
 * Paying lines and listing them. A line is paid once: its row is locked while paying, and the payment's key is the
 * line, so of two people paying it at once one wins and the other is told it is paid already (409).
 */
@ApplicationScoped
@Transactional
public class CommissionPayments {

    @Inject
    CommissionRepository commissions;

    @Inject
    CurrentCaller caller;

    public PaidLine pay(UUID lineId, String reference) {
        CommissionLine line = commissions.lock(lineId).orElseThrow(() -> ProblemException.notFound("Commission line", lineId));
        commissions.payment(lineId).ifPresent(paid -> {
            throw new ProblemException(409, "commission-already-paid", "Commission already paid", "Commission line '"
                    + lineId + "' was marked paid at " + paid.paidAt() + "; a line is paid once",
                    Map.of("lineId", lineId.toString(), "paidBy", paid.paidBy().toString()));
        });
        CommissionPayment payment = new CommissionPayment(lineId, caller.get().memberId(), Instant.now(), reference);
        commissions.add(payment);
        commissions.flush();
        return new PaidLine(line, payment);
    }

    /** Lines newest first; a member who is not an admin sees only their own, whatever rep they ask for. */
    public List<PaidLine> lines(LineFilter filter, LineKey after, int limit) {
        return commissions.lines(visible(filter), after, limit);
    }

    private LineFilter visible(LineFilter filter) {
        var who = caller.get();
        if (who.is(TenantRole.ADMIN)) {
            return filter;
        }
        if (filter.repId() != null && !filter.repId().equals(who.memberId())) {
            throw ProblemException.forbidden("Only an admin may read another rep's commissions");
        }
        return new LineFilter(who.memberId(), filter.from(), filter.to(), filter.paid(), filter.eventId());
    }
}
