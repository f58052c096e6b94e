package org.consigna.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.identity.Problems.NOW;
import static org.consigna.identity.Problems.assertRefused;
import static org.consigna.identity.Problems.disabled;
import static org.consigna.identity.Problems.user;

import java.util.List;
import org.consigna.platform.security.TenantRole;
import org.junit.jupiter.api.Test;

class SharingLinkTest {

    final Member distributor = user("acme", "Dora", TenantRole.DISTRIBUTOR);
    final Member custodian = Member.custodian("acme", "Depot", null, NOW);
    final Member sales = user("acme", "Sam", TenantRole.SALES);
    final Member otherSales = user("acme", "Sue", TenantRole.SALES);
    final Member admin = user("acme", "Ada", TenantRole.ADMIN);

    @Test
    void linksAFullUserDistributorAndASalesUser() {
        SharingLink link = SharingLink.between(distributor, sales, "by-admin", NOW);
        assertThat(link.isActive()).isTrue();
        assertThat(link.distributorId()).isEqualTo(distributor.id());
        assertThat(link.salesId()).isEqualTo(sales.id());
        assertThat(link.tenantId()).isEqualTo("acme");
        assertThat(link.createdBy()).isEqualTo("by-admin");
        assertThat(link.removal()).isNull();
    }

    @Test
    void linksACustodianOnlyDistributorAndASalesUser() {
        assertThat(SharingLink.between(custodian, sales, "by-admin", NOW).isActive()).isTrue();
    }

    @Test
    void anyOtherPairIsRefusedNamingTheRoles() {
        record Pair(Member distributorSide, Member salesSide, String roles) {
        }
        for (Pair pair : List.of(
                new Pair(sales, otherSales, "is sales"),
                new Pair(distributor, custodian, "is distributor"),
                new Pair(sales, distributor, "is sales"),
                new Pair(admin, sales, "is admin"),
                new Pair(distributor, admin, "is admin"))) {
            assertRefused(() -> SharingLink.between(pair.distributorSide(), pair.salesSide(), "x", NOW),
                    400, "link-not-allowed", "one distributor and one sales user", pair.roles());
        }
    }

    @Test
    void membersOfTwoTenantsAreNeverLinked() {
        Member foreignSales = user("beta", "Bob", TenantRole.SALES);
        assertRefused(() -> SharingLink.between(distributor, foreignSales, "x", NOW), 400, "link-not-allowed");
    }

    @Test
    void disabledMembersAreNotLinked() {
        assertRefused(() -> SharingLink.between(distributor, disabled(sales), "x", NOW), 400, "link-not-allowed",
                "Sam", "disabled");
        assertRefused(() -> SharingLink.between(disabled(custodian), otherSales, "x", NOW), 400, "link-not-allowed",
                "Depot", "disabled");
    }

    @Test
    void removalIsRecordedOnceAndTheLinkStays() {
        SharingLink link = SharingLink.between(distributor, sales, "by-admin", NOW);
        link.remove("other-admin", NOW.plusSeconds(5));
        assertThat(link.isActive()).isFalse();
        assertThat(link.removal().at()).isEqualTo(NOW.plusSeconds(5));
        assertThat(link.removal().by()).isEqualTo("other-admin");

        assertRefused(() -> link.remove("again", NOW.plusSeconds(9)), 409, "link-removed", link.id().toString());
        assertThat(link.removal().by()).isEqualTo("other-admin");
    }
}
