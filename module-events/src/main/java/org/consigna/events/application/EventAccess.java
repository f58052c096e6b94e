package org.consigna.events.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.consigna.events.domain.event.Event;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.CurrentCaller;
import org.consigna.platform.security.CustodyAccess;
import org.consigna.platform.security.TenantRole;

/**
 * Who may do what with an event. Acting on it (details, devices, submit, seeing the patient id
 * in full) needs the representative's custody per the sharing rules; reopening needs the
 * representative themselves or an admin.
 */
@RequestScoped
public class EventAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    CustodyAccess custody;

    public UUID actorId() {
        return caller.get().memberId();
    }

    public boolean isAdmin() {
        return caller.get().is(TenantRole.ADMIN);
    }

    public boolean mayAct(Event event) {
        return isAdmin() || custody.mayActFor(event.representativeId());
    }

    public void requireMayAct(UUID representativeId) {
        if (!isAdmin() && !custody.mayActFor(representativeId)) {
            throw new ProblemException(403, "event-forbidden", "Not your event",
                    "Only the representative, members sharing their inventory and admins may act on this event");
        }
    }

    public void requireMayReopen(Event event) {
        if (!isAdmin() && !event.representativeId().equals(actorId())) {
            throw new ProblemException(403, "reopen-forbidden", "Not allowed to reopen",
                    "Only the event's representative or an admin may reopen it");
        }
    }

    /**
     * Custodians whose inventory the representative draws from. The core answers custody for the
     * caller only: when the caller is the representative this is their full scope; otherwise the
     * representative's own custody (see the report on identity's api).
     */
    public Set<UUID> representativeCustody(UUID representativeId) {
        if (representativeId.equals(actorId())) {
            CustodyAccess.CustodyScope scope = custody.scope();
            return scope.everyone() ? Set.of(representativeId) : scope.custodians();
        }
        return Set.of(representativeId);
    }
}
