package org.consigna.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.consigna.identity.api.Custody;
import org.consigna.identity.api.CustodyScope;
import org.consigna.platform.security.Caller;
import org.consigna.platform.security.CurrentCaller;
import org.consigna.platform.security.Membership;
import org.consigna.platform.tenant.TenantContext;

/**
 * Custody in the request's tenant, from members' current role, status and active sharing links
 * ({@code CustodyRules}), kept in {@link CustodyScopeCache} until one of those changes. The caller's
 * scope is worked out once per request; no member of the request's tenant (an operator, say) means no
 * custody at all.
 */
@RequestScoped
public class CustodyService implements Custody {

    @Inject
    CurrentCaller caller;

    @Inject
    TenantContext tenant;

    @Inject
    CustodyScopeCache scopes;

    private CustodyScope callerScope;

    @Override
    public CustodyScope ofCaller() {
        if (callerScope == null) {
            callerScope = compute(caller.get());
        }
        return callerScope;
    }

    @Override
    public CustodyScope of(UUID memberId) {
        return scopes.of(tenant.require().id(), memberId);
    }

    private CustodyScope compute(Caller current) {
        String tenantId = tenant.require().id();
        return current.membership()
                .filter(membership -> membership.tenantId().equals(tenantId))
                .filter(Membership::active)
                .map(membership -> scopes.of(tenantId, membership.memberId()))
                .orElseGet(() -> CustodyScope.of(Set.of()));
    }
}
