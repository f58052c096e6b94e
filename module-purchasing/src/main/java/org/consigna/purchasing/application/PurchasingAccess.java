package org.consigna.purchasing.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.CurrentCaller;
import org.consigna.platform.security.TenantRole;

/** Who is acting: admins act for every recipient; a member only on their own counted stock (counts, requisitions). */
@RequestScoped
public class PurchasingAccess {

    @Inject
    CurrentCaller caller;

    public UUID actorId() {
        return caller.get().memberId();
    }

    public void requireActsFor(UUID recipientId, String what) {
        if (caller.get().is(TenantRole.ADMIN) || recipientId.equals(actorId())) {
            return;
        }
        throw new ProblemException(403, "not-your-recipient", "Not yours", "Only an admin or the recipient themselves may "
                + what + "; this belongs to another recipient");
    }
}
