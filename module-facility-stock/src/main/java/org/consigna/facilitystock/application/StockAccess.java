package org.consigna.facilitystock.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.consigna.identity.api.Custody;
import org.consigna.identity.api.CustodyScope;
import org.consigna.platform.security.CurrentCaller;
import org.consigna.platform.security.TenantRole;

/** Who is asking: admins see every custodian's stock; others what their custody scope (own, shared) includes. */
@RequestScoped
public class StockAccess {

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

    /** The custodians whose stock the caller sees; null for everyone's. */
    public Set<UUID> visibleCustodians() {
        if (isAdmin()) {
            return null;
        }
        CustodyScope scope = custody.ofCaller();
        return scope.everyone() ? null : scope.custodians();
    }

    public boolean sees(UUID custodianId) {
        Set<UUID> visible = visibleCustodians();
        return visible == null || visible.contains(custodianId);
    }
}
