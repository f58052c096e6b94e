package org.consigna.billing.application.close;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.consigna.identity.api.Custody;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.CurrentCaller;
import org.consigna.platform.security.TenantRole;

/**
 * Who may change an event's billing: the events module's rule for acting on an event (the representative, members
 * sharing their inventory, admins); correcting an entered PO number is for admins only.
 */
@RequestScoped
public class BillingAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    Custody custody;

    public UUID actorId() {
        return caller.get().memberId();
    }

    public boolean isAdmin() {
        return caller.get().is(TenantRole.ADMIN);
    }

    /** Whether the caller may act on an event of this representative (and so see its patient id in full). */
    public boolean mayAct(UUID representativeId) {
        return isAdmin() || custody.callerMayActFor(representativeId);
    }

    public void requireMayAct(UUID representativeId) {
        if (!mayAct(representativeId)) {
            throw new ProblemException(403, "billing-forbidden", "Not your event", "Only the event's representative,"
                    + " members sharing their inventory and admins may change its billing");
        }
    }

    public void requireAdminForCorrection() {
        if (!isAdmin()) {
            throw new ProblemException(403, "po-correction-forbidden", "Only admins correct PO numbers",
                    "correction: only an admin may replace an entered PO number");
        }
    }
}
