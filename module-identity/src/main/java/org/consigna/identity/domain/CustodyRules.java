package org.consigna.identity.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.consigna.identity.api.CustodyScope;
import org.consigna.platform.security.TenantRole;

/**
 * Whose custody a member may act on. Yourself; a sales user also every distributor actively
 * linked to them (never another sales user); a full-user distributor also every actively
 * linked sales user; an admin everyone. A disabled member acts for no one, and a custodian-only
 * distributor never acts at all (it cannot sign in).
 */
public final class CustodyRules {

    private CustodyRules() {
    }

    /** @param links sharing links touching the member; removed ones and other tenants' are ignored */
    public static CustodyScope scopeOf(Member member, Collection<SharingLink> links) {
        if (member == null || !member.isActive() || member.isCustodian()) {
            return CustodyScope.of(Set.of());
        }
        if (member.role() == TenantRole.ADMIN) {
            return CustodyScope.all();
        }
        Set<UUID> custodians = new HashSet<>();
        custodians.add(member.id());
        for (SharingLink link : links) {
            if (!link.isActive() || !link.tenantId().equals(member.tenantId())) {
                continue;
            }
            if (member.role() == TenantRole.SALES && link.salesId().equals(member.id())) {
                custodians.add(link.distributorId());
            } else if (member.role() == TenantRole.DISTRIBUTOR && link.distributorId().equals(member.id())) {
                custodians.add(link.salesId());
            }
        }
        return CustodyScope.of(custodians);
    }
}
