package org.consigna.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.identity.Problems.NOW;
import static org.consigna.identity.Problems.disabled;
import static org.consigna.identity.Problems.user;

import java.util.List;
import java.util.UUID;
import org.consigna.identity.api.CustodyScope;
import org.consigna.platform.security.TenantRole;
import org.junit.jupiter.api.Test;

/**
 * The whole custody matrix of one tenant: an admin; full-user distributors D1 and D2; a
 * custodian-only distributor C; sales users S1 and S2. Links: D1-S1, C-S1, D1-S2 active;
 * D2-S1 removed.
 */
class CustodyRulesTest {

    static final String TENANT = "acme";

    final Member admin = user(TENANT, "Admin", TenantRole.ADMIN);
    final Member d1 = user(TENANT, "Dora", TenantRole.DISTRIBUTOR);
    final Member d2 = user(TENANT, "Dirk", TenantRole.DISTRIBUTOR);
    final Member c = Member.custodian(TENANT, "Depot North", null, NOW);
    final Member s1 = user(TENANT, "Sam", TenantRole.SALES);
    final Member s2 = user(TENANT, "Sue", TenantRole.SALES);

    final SharingLink d1s1 = SharingLink.between(d1, s1, "admin", NOW);
    final SharingLink cs1 = SharingLink.between(c, s1, "admin", NOW);
    final SharingLink d1s2 = SharingLink.between(d1, s2, "admin", NOW);
    final SharingLink d2s1 = removed(SharingLink.between(d2, s1, "admin", NOW));
    final List<SharingLink> links = List.of(d1s1, cs1, d1s2, d2s1);

    @Test
    void anAdminActsForEveryoneAndEveryLocation() {
        CustodyScope scope = CustodyRules.scopeOf(admin, links);
        assertThat(scope.everyone()).isTrue();
        assertThat(scope.includes(d1.id())).isTrue();
        assertThat(scope.includes(UUID.randomUUID())).as("a location, unknown to identity").isTrue();
    }

    @Test
    void aSalesUserActsForThemselvesAndTheirLinkedDistributorsOnly() {
        CustodyScope scope = CustodyRules.scopeOf(s1, links);
        assertThat(scope.everyone()).isFalse();
        assertThat(scope.custodians()).containsExactlyInAnyOrder(s1.id(), d1.id(), c.id());
        assertThat(scope.includes(s2.id())).as("another sales user linked to the same distributor").isFalse();
        assertThat(scope.includes(d2.id())).as("distributor of a removed link").isFalse();
        assertThat(scope.includes(admin.id())).isFalse();
        assertThat(scope.includes(UUID.randomUUID())).as("a location").isFalse();
    }

    @Test
    void aSecondSalesUserSeesOnlyTheirOwnLinks() {
        assertThat(CustodyRules.scopeOf(s2, links).custodians()).containsExactlyInAnyOrder(s2.id(), d1.id());
    }

    @Test
    void aFullUserDistributorActsForThemselvesAndTheirLinkedSalesUsers() {
        CustodyScope scope = CustodyRules.scopeOf(d1, links);
        assertThat(scope.custodians()).containsExactlyInAnyOrder(d1.id(), s1.id(), s2.id());
        assertThat(scope.includes(c.id())).as("another distributor sharing a sales user").isFalse();
        assertThat(scope.includes(d2.id())).isFalse();
    }

    @Test
    void aRemovedLinkGivesNothingAnyMore() {
        assertThat(CustodyRules.scopeOf(d2, links).custodians()).containsExactly(d2.id());
    }

    @Test
    void aCustodianOnlyDistributorNeverActsNotEvenForItself() {
        CustodyScope scope = CustodyRules.scopeOf(c, links);
        assertThat(scope.everyone()).isFalse();
        assertThat(scope.custodians()).isEmpty();
    }

    @Test
    void aDisabledMemberActsForNoOneWhateverTheirRoleOrLinks() {
        for (Member member : List.of(disabled(s1), disabled(d1), disabled(admin))) {
            CustodyScope scope = CustodyRules.scopeOf(member, links);
            assertThat(scope.everyone()).as(member.displayName()).isFalse();
            assertThat(scope.custodians()).as(member.displayName()).isEmpty();
        }
    }

    @Test
    void aMemberWithoutLinksActsForThemselves() {
        Member loner = user(TENANT, "Lone", TenantRole.SALES);
        assertThat(CustodyRules.scopeOf(loner, links).custodians()).containsExactly(loner.id());
        assertThat(CustodyRules.scopeOf(loner, List.of()).custodians()).containsExactly(loner.id());
    }

    @Test
    void noMemberMeansNoCustody() {
        assertThat(CustodyRules.scopeOf(null, links).custodians()).isEmpty();
    }

    private static SharingLink removed(SharingLink link) {
        link.remove("admin", NOW);
        return link;
    }
}
