package org.consigna.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.consigna.identity.domain.Member;
import org.consigna.platform.cache.CacheInvalidation;
import org.consigna.platform.security.TenantRole;
import org.junit.jupiter.api.Test;

class MembershipCacheTest {

    final Wiring app = new Wiring();

    @Test
    void answersFromTheCacheUntilTheMembershipChanges() {
        app.keycloak.ensureOrganization("acme", "Acme");
        Member sam = app.members.invite("acme", "sam@acme.test", "Sam", "Seller", TenantRole.SALES).member();
        app.memberships.find("acme", sam.subject());
        int queries = app.memberRows.queries;

        assertThat(app.memberships.find("acme", sam.subject())).isPresent();
        assertThat(app.memberRows.queries).as("cached").isEqualTo(queries);

        sam.disable(sam.createdAt());
        assertThat(app.memberships.find("acme", sam.subject()).orElseThrow().active()).as("still cached").isTrue();
        app.memberships.forgetAfterCommit(sam);
        assertThat(app.memberships.find("acme", sam.subject()).orElseThrow().active()).isFalse();
    }

    @Test
    void unknownUsersAreCachedTooAndAnInviteMakesThemKnown() {
        app.keycloak.ensureOrganization("acme", "Acme");
        var account = app.keycloak.existing("sam@acme.test");
        assertThat(app.memberships.find("acme", account.userId())).isEmpty();
        int queries = app.memberRows.queries;
        assertThat(app.memberships.find("acme", account.userId())).isEmpty();
        assertThat(app.memberRows.queries).isEqualTo(queries);

        app.members.invite("acme", "sam@acme.test", "Sam", "Seller", TenantRole.SALES);
        assertThat(app.memberships.find("acme", account.userId())).isPresent();
        assertThat(app.memberships.find("beta", account.userId())).as("another tenant").isEmpty();
    }

    @Test
    void entriesExpire() {
        app.memberships.invalidation = CacheInvalidation.local(Wiring.NO_JTA, Duration.ZERO);
        app.memberships.init();
        app.memberships.find("acme", "someone");
        int queries = app.memberRows.queries;
        app.memberships.find("acme", "someone");
        assertThat(app.memberRows.queries).isEqualTo(queries + 1);
    }
}
