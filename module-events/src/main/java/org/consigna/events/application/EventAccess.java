package org.consigna.events.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.consigna.events.domain.event.Event;
import org.consigna.identity.api.Custody;
import org.consigna.identity.api.CustodyScope;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.CurrentCaller;
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
    Custody custody;


    public UUID actorId() {
        return caller.get().memberId();
    }

    public boolean isAdmin() {
        return caller.get().is(TenantRole.ADMIN);
    }

    public boolean mayAct(Event event) {
        return isAdmin() || custody.callerMayActFor(event.representativeId());
    }

    public void requireMayAct(UUID representativeId) {
        if (!isAdmin() && !custody.callerMayActFor(representativeId)) {
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
     * Custodians whose inventory the representative draws from: their own custody plus what
     * their sharing links give them, whoever acts for them (the representative, an admin or a
     * linked distributor). An admin representative draws from their own custody only.
     */
    public Set<UUID> representativeCustody(UUID representativeId) {
        CustodyScope scope = custody.of(representativeId);
        Set<UUID> custodians = new HashSet<>(scope.everyone() ? Set.of() : scope.custodians());
        custodians.add(representativeId);
        return Set.copyOf(custodians);
    }
}
