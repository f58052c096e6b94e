package org.consigna.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consigna.identity.domain.IdentityProblems;
import org.consigna.identity.domain.Member;
import org.consigna.identity.domain.MemberRepository;
import org.consigna.identity.domain.SharingLink;
import org.consigna.identity.domain.SharingLinkRepository;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;

/** Admins link distributors and sales users, and remove links; removed links stay as history. */
@ApplicationScoped
@Transactional
public class SharingLinkService {

    @Inject
    SharingLinkRepository links;

    @Inject
    MemberRepository members;

    @Inject
    CustodyScopeCache scopes;

    public List<SharingLink> list(String tenantId, boolean includeRemoved, java.time.Instant afterCreated, UUID afterId,
                                  int limit) {
        return links.all(tenantId, includeRemoved, afterCreated, afterId, limit);
    }

    public SharingLink load(String tenantId, UUID id) {
        return links.find(tenantId, id).orElseThrow(() -> IdentityProblems.linkNotFound(id));
    }

    public SharingLink create(String tenantId, UUID distributorId, UUID salesId, String by) {
        Member distributor = member(tenantId, "distributorId", distributorId);
        Member sales = member(tenantId, "salesId", salesId);
        SharingLink link = SharingLink.between(distributor, sales, by, Instant.now());
        links.activeBetween(tenantId, distributorId, salesId).ifPresent(existing -> {
            throw ProblemException.conflict("link-exists", "'" + distributor.displayName() + "' and '"
                    + sales.displayName() + "' are already linked by sharing link '" + existing.id() + "'");
        });
        links.add(link);
        changed(link);
        return link;
    }

    public SharingLink remove(String tenantId, UUID id, String by) {
        SharingLink link = load(tenantId, id);
        link.remove(by, Instant.now());
        changed(link);
        return link;
    }

    /** Both members' custody scopes move with the link: dropped on every node after commit. */
    private void changed(SharingLink link) {
        scopes.forgetAfterCommit(link.tenantId(), link.distributorId());
        scopes.forgetAfterCommit(link.tenantId(), link.salesId());
    }

    /** A member the request names in {@code field}: one of another tenant is refused as unknown (422). */
    private Member member(String tenantId, String field, UUID id) {
        return members.find(tenantId, id).orElseThrow(() -> UnknownReference.of("member", field, id));
    }
}
