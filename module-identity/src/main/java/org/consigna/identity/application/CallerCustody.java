package org.consigna.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.consigna.platform.security.Caller;
import org.consigna.platform.security.CurrentCaller;
import org.consigna.platform.security.CustodyAccess;
import org.consigna.platform.security.Membership;
import org.consigna.platform.tenant.TenantContext;

/**
 * The custody rules for the caller of the current request, worked out once per request from
 * the member's current role, status and active sharing links. No member of the request's
 * tenant (for example an operator) means no custody at all.
 */
@RequestScoped
public class CallerCustody implements CustodyAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    TenantContext tenant;

    @Inject
    MemberService members;

    private CustodyScope scope;

    @Override
    public boolean mayActFor(UUID custodianId) {
        return custodianId != null && scope().includes(custodianId);
    }

    @Override
    public CustodyScope scope() {
        if (scope == null) {
            scope = compute(caller.get());
        }
        return scope;
    }

    private CustodyScope compute(Caller current) {
        String tenantId = tenant.require().id();
        return current.membership()
                .filter(membership -> membership.tenantId().equals(tenantId))
                .filter(Membership::active)
                .map(membership -> members.custodyScope(tenantId, membership.memberId()))
                .orElseGet(() -> CustodyScope.of(Set.of()));
    }
}
