package org.consigna.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.identity.Problems.NOW;
import static org.consigna.identity.Problems.assertRefused;
import static org.consigna.identity.Problems.user;

import java.time.Instant;
import org.consigna.identity.api.MemberKind;
import org.consigna.identity.api.MemberStatus;
import org.consigna.platform.security.TenantRole;
import org.junit.jupiter.api.Test;

class MemberTest {

    static final Instant LATER = NOW.plusSeconds(60);

    @Test
    void aUserMemberCarriesTheAccountAndAnActiveMembership() {
        UserAccount account = new UserAccount("kc-123", "ada@acme.test", "Ada@Acme.TEST", "Ada", "Lovelace");
        Member member = Member.user("acme", account, "Ada", "Lovelace", TenantRole.SALES, NOW);

        assertThat(member.kind()).isEqualTo(MemberKind.USER);
        assertThat(member.subject()).isEqualTo("kc-123");
        assertThat(member.email()).isEqualTo("ada@acme.test");
        assertThat(member.displayName()).isEqualTo("Ada Lovelace");
        assertThat(member.membership().active()).isTrue();
        assertThat(member.membership().memberId()).isEqualTo(member.id());
        assertThat(member.membership().role()).isEqualTo(TenantRole.SALES);
        assertThat(member.summary().kind()).isEqualTo(MemberKind.USER);
    }

    @Test
    void aCustodianIsADistributorWithoutAccount() {
        Member custodian = Member.custodian("acme", "  Depot North ", " ", NOW);
        assertThat(custodian.kind()).isEqualTo(MemberKind.CUSTODIAN);
        assertThat(custodian.role()).isEqualTo(TenantRole.DISTRIBUTOR);
        assertThat(custodian.subject()).isNull();
        assertThat(custodian.email()).isNull();
        assertThat(custodian.displayName()).isEqualTo("Depot North");
    }

    @Test
    void theRoleOfAUserChanges() {
        Member member = user("acme", "Sam", TenantRole.SALES);
        member.changeRole(TenantRole.DISTRIBUTOR, 0, LATER);
        assertThat(member.role()).isEqualTo(TenantRole.DISTRIBUTOR);
        assertThat(member.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void theRoleOfACustodianNeverChanges() {
        Member custodian = Member.custodian("acme", "Depot", null, NOW);
        assertRefused(() -> custodian.changeRole(TenantRole.SALES, 0, LATER), 409, "custodian-role-fixed", "Depot");
        assertThat(custodian.role()).isEqualTo(TenantRole.DISTRIBUTOR);
    }

    @Test
    void aMemberWithActiveLinksKeepsTheirRoleUntilTheLinksAreRemoved() {
        Member member = user("acme", "Sam", TenantRole.SALES);
        assertRefused(() -> member.changeRole(TenantRole.ADMIN, 2, LATER), 409, "member-has-links", "2", "sales");
        assertThat(member.role()).isEqualTo(TenantRole.SALES);
        member.changeRole(TenantRole.SALES, 2, LATER);
        assertThat(member.updatedAt()).as("same role: nothing to do").isEqualTo(NOW);
    }

    @Test
    void disablingAndEnablingFlipTheStatusOnce() {
        Member member = user("acme", "Sam", TenantRole.SALES);
        member.disable(LATER);
        assertThat(member.status()).isEqualTo(MemberStatus.DISABLED);
        assertThat(member.membership().active()).isFalse();
        assertRefused(() -> member.disable(LATER), 409, "member-status", "disabled");

        member.enable(LATER);
        assertThat(member.isActive()).isTrue();
        assertRefused(() -> member.enable(LATER), 409, "member-status", "active");
    }

    @Test
    void emailAddressesAreComparedInLowerCase() {
        assertThat(Member.normalizeEmail("  Ada@Acme.TEST ")).isEqualTo("ada@acme.test");
        assertThat(Member.normalizeEmail("")).isNull();
        assertThat(Member.normalizeEmail(null)).isNull();
    }
}
