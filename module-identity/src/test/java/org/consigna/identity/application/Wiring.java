package org.consigna.identity.application;

import java.time.Duration;
import org.consigna.platform.cache.CacheInvalidation;
import org.consigna.platform.persistence.Transactions;

/** The application beans wired by hand over the fakes, as CDI would wire them. */
class Wiring {

    /** No JTA here: "after commit" is now. */
    static final Transactions NO_JTA = new Transactions() {
        @Override
        public boolean isActive() {
            return false;
        }
    };

    final InMemoryMembers memberRows = new InMemoryMembers();
    final InMemoryLinks linkRows = new InMemoryLinks();
    final FakeIdentityProvider keycloak = new FakeIdentityProvider();
    final Accounts accounts = new Accounts();
    final MembershipCache memberships = new MembershipCache();
    final CustodyScopeCache scopes = new CustodyScopeCache();
    final MembersService summaries = new MembersService();
    final MemberService members = new MemberService();
    final SharingLinkService links = new SharingLinkService();
    final OrganizationStep organizationStep = new OrganizationStep();
    final FirstAdminStep firstAdminStep = new FirstAdminStep();

    Wiring() {
        accounts.identity = keycloak;
        memberships.members = memberRows;
        memberships.invalidation = CacheInvalidation.local(NO_JTA, Duration.ofSeconds(30));
        memberships.init();
        scopes.members = members;
        scopes.invalidation = memberships.invalidation;
        scopes.init();
        summaries.members = memberRows;
        summaries.invalidation = memberships.invalidation;
        summaries.init();
        members.members = memberRows;
        members.links = linkRows;
        members.accounts = accounts;
        members.memberships = memberships;
        members.scopes = scopes;
        members.summaries = summaries;
        links.links = linkRows;
        links.members = memberRows;
        links.scopes = scopes;
        organizationStep.identity = keycloak;
        firstAdminStep.accounts = accounts;
        firstAdminStep.members = members;
    }
}
