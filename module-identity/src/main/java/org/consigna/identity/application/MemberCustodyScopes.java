package org.consigna.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.consigna.identity.api.CustodyScopes;
import org.consigna.platform.security.CustodyAccess.CustodyScope;
import org.consigna.platform.tenant.TenantContext;

/** Custody scopes of any member of the request's tenant, by the same rules as the caller's own. */
@ApplicationScoped
@Transactional
public class MemberCustodyScopes implements CustodyScopes {

    @Inject
    TenantContext tenant;

    @Inject
    MemberService members;

    @Override
    public CustodyScope of(UUID memberId) {
        return members.custodyScope(tenant.require().id(), memberId);
    }
}
