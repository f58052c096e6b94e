package org.consigna.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.identity.Problems.assertRefused;

import java.util.UUID;
import org.consigna.identity.api.MemberKind;
import org.consigna.identity.application.MemberService.Invited;
import org.consigna.identity.domain.Member;
import org.consigna.platform.security.TenantRole;
import org.consigna.platform.module.TenantOnboarding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemberServiceTest {

    final Wiring app = new Wiring();
    UUID admin;

    @BeforeEach
    void tenant() {
        TenantOnboarding acme = new TenantOnboarding("acme", "Acme", "ada@acme.test", "Ada", "Admin");
        app.organizationStep.provision(acme);
        admin = UUID.fromString(app.firstAdminStep.provision(acme).get("firstAdmin.memberId"));
    }

    @Test
    void invitingANewPersonCreatesTheirAccountAndMembership() {
        Invited invited = app.members.invite("acme", "Sam@Acme.test", "Sam", "Seller", TenantRole.SALES);

        Member sam = invited.member();
        assertThat(invited.temporaryPassword()).isEqualTo(app.keycloak.passwords.get(sam.subject()));
        assertThat(sam.role()).isEqualTo(TenantRole.SALES);
        assertThat(sam.email()).isEqualTo("sam@acme.test");
        assertThat(app.keycloak.memberships).contains("acme/" + sam.subject());
        assertThat(app.memberships.find("acme", sam.subject())).hasValueSatisfying(m -> {
            assertThat(m.memberId()).isEqualTo(sam.id());
            assertThat(m.active()).isTrue();
        });
    }

    @Test
    void invitingSomeoneWithAnAccountAlreadyKeepsTheirPassword() {
        app.keycloak.existing("bob@beta.test");
        Invited invited = app.members.invite("acme", "bob@beta.test", "Bob", "Other", TenantRole.DISTRIBUTOR);
        assertThat(invited.temporaryPassword()).isNull();
        assertThat(app.keycloak.accounts).hasSize(2);
    }

    @Test
    void aConcurrentlyCreatedAccountIsUsedRatherThanFailing() {
        app.keycloak.createdByOtherRequest = true;
        Invited invited = app.members.invite("acme", "race@acme.test", "Ray", "Race", TenantRole.SALES);
        assertThat(invited.temporaryPassword()).isNull();
        assertThat(invited.member().subject()).isEqualTo(app.keycloak.accounts.get("race@acme.test").userId());
    }

    @Test
    void anAddressAlreadyAMemberIsAConflictAndTouchesNoAccount() {
        assertRefused(() -> app.members.invite("acme", "ADA@acme.test", "Ada", "Again", TenantRole.SALES),
                409, "email-taken", "ada@acme.test");
        app.members.addCustodian("acme", "Depot", "depot@acme.test");
        assertRefused(() -> app.members.invite("acme", "depot@acme.test", "D", "Epot", TenantRole.SALES), 409, "email-taken");
        assertRefused(() -> app.members.addCustodian("acme", "Depot 2", "Depot@acme.test"), 409, "email-taken");
        assertThat(app.keycloak.accounts).hasSize(1);
    }

    @Test
    void aCustodianHasNoAccountAndMayHaveNoAddress() {
        Member custodian = app.members.addCustodian("acme", "Depot", null);
        assertThat(custodian.kind()).isEqualTo(MemberKind.CUSTODIAN);
        assertThat(app.members.addCustodian("acme", "Depot 2", " ").email()).isNull();
        assertThat(app.keycloak.accounts).hasSize(1);
    }

    @Test
    void anAdminCannotDisableThemselvesButAnotherMemberIsRefusedAtTheNextRequest() {
        assertRefused(() -> app.members.disable("acme", admin, admin), 409, "cannot-disable-self");
        Member sam = app.members.invite("acme", "sam@acme.test", "Sam", "Seller", TenantRole.SALES).member();
        assertThat(app.memberships.find("acme", sam.subject()).orElseThrow().active()).isTrue();

        app.members.disable("acme", sam.id(), admin);
        assertThat(app.memberships.find("acme", sam.subject()).orElseThrow().active()).as("cache dropped").isFalse();
        app.members.enable("acme", sam.id());
        assertThat(app.memberships.find("acme", sam.subject()).orElseThrow().active()).isTrue();
    }

    @Test
    void rolesChangeButNotOnesOwnNorWhileLinked() {
        Member sam = app.members.invite("acme", "sam@acme.test", "Sam", "Seller", TenantRole.SALES).member();
        Member depot = app.members.addCustodian("acme", "Depot", null);
        assertRefused(() -> app.members.changeRole("acme", admin, TenantRole.SALES, admin), 409, "cannot-change-own-role");
        assertRefused(() -> app.members.changeRole("acme", depot.id(), TenantRole.SALES, admin), 409, "custodian-role-fixed");

        app.links.create("acme", depot.id(), sam.id(), admin.toString());
        assertRefused(() -> app.members.changeRole("acme", sam.id(), TenantRole.DISTRIBUTOR, admin), 409, "member-has-links");
        assertThat(app.memberships.find("acme", sam.subject()).orElseThrow().role()).isEqualTo(TenantRole.SALES);
    }

    @Test
    void membersOfAnotherTenantAreNotFound() {
        UUID foreign = app.members.invite("acme", "sam@acme.test", "Sam", "Seller", TenantRole.SALES).member().id();
        assertRefused(() -> app.members.load("beta", foreign), 404, "member-not-found", foreign.toString());
        assertRefused(() -> app.members.disable("beta", foreign, admin), 404, "member-not-found");
    }

    @Test
    void theCustodyScopeFollowsTheLinksInForce() {
        Member sam = app.members.invite("acme", "sam@acme.test", "Sam", "Seller", TenantRole.SALES).member();
        Member depot = app.members.addCustodian("acme", "Depot", null);
        var link = app.links.create("acme", depot.id(), sam.id(), admin.toString());
        assertThat(app.members.custodyScope("acme", sam.id()).custodians()).containsExactlyInAnyOrder(sam.id(), depot.id());
        assertThat(app.members.custodyScope("acme", admin).everyone()).isTrue();

        app.links.remove("acme", link.id(), admin.toString());
        assertThat(app.members.custodyScope("acme", sam.id()).custodians()).containsExactly(sam.id());
        assertThat(app.members.custodyScope("beta", sam.id()).custodians()).as("wrong tenant").isEmpty();
    }

    @Test
    void theCachedCustodyScopeIsDroppedByEveryChangeThatMovesIt() {
        Member sam = app.members.invite("acme", "sam@acme.test", "Sam", "Seller", TenantRole.SALES).member();
        Member depot = app.members.addCustodian("acme", "Depot", null);
        assertThat(app.scopes.of("acme", sam.id()).custodians()).containsExactly(sam.id());
        int queries = app.memberRows.queries;
        assertThat(app.scopes.of("acme", sam.id()).custodians()).containsExactly(sam.id());
        assertThat(app.memberRows.queries).as("cached").isEqualTo(queries);

        var link = app.links.create("acme", depot.id(), sam.id(), admin.toString());
        assertThat(app.scopes.of("acme", sam.id()).custodians()).as("link made").containsExactlyInAnyOrder(sam.id(), depot.id());
        app.links.remove("acme", link.id(), admin.toString());
        assertThat(app.scopes.of("acme", sam.id()).custodians()).as("link removed").containsExactly(sam.id());

        app.members.disable("acme", sam.id(), admin);
        assertThat(app.scopes.of("acme", sam.id()).custodians()).as("disabled").isEmpty();
        app.members.enable("acme", sam.id());
        assertThat(app.scopes.of("acme", sam.id()).custodians()).as("enabled").containsExactly(sam.id());
        app.members.changeRole("acme", sam.id(), TenantRole.ADMIN, admin);
        assertThat(app.scopes.of("acme", sam.id()).everyone()).as("made admin").isTrue();
    }
}
