package org.consigna.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.consigna.identity.domain.Member;
import org.consigna.platform.security.TenantRole;
import org.consigna.platform.module.TenantOnboarding;
import org.junit.jupiter.api.Test;

/** Organization and first admin at onboarding: each run finishes what is missing and duplicates nothing. */
class OnboardingStepsTest {

    final Wiring app = new Wiring();
    final TenantOnboarding acme = new TenantOnboarding("acme", "Acme Medical", "Ada@Acme.test", "Ada", "Admin");

    Map<String, String> onboard(TenantOnboarding onboarding) {
        app.organizationStep.provision(onboarding);
        return app.firstAdminStep.provision(onboarding);
    }

    @Test
    void stepsRunOrganizationFirstAndTheAdminAfterAnyStepInBetween() {
        assertThat(app.organizationStep.order()).isEqualTo(100);
        assertThat(app.firstAdminStep.order()).isEqualTo(300);
    }

    @Test
    void createsTheOrganizationTheAccountAndAnAdminMemberAndTellsThePasswordOnce() {
        Map<String, String> notes = onboard(acme);

        Member admin = app.memberRows.rows.values().iterator().next();
        assertThat(app.keycloak.organizations).containsOnlyKeys("acme");
        assertThat(admin.role()).isEqualTo(TenantRole.ADMIN);
        assertThat(admin.isActive()).isTrue();
        assertThat(admin.email()).isEqualTo("ada@acme.test");
        assertThat(app.keycloak.memberships).containsExactly("acme/" + admin.subject());
        assertThat(notes).containsEntry("firstAdmin.memberId", admin.id().toString())
                .containsEntry("firstAdmin.username", "ada@acme.test")
                .containsEntry("firstAdmin.temporaryPassword", app.keycloak.passwords.get(admin.subject()));
        assertThat(notes.get("firstAdmin.temporaryPassword")).hasSize(20);
    }

    @Test
    void aRetryFinishesWithoutDuplicatesAndWithoutTellingThePasswordAgain() {
        String memberId = onboard(acme).get("firstAdmin.memberId");
        Map<String, String> again = onboard(acme);

        assertThat(again).containsOnlyKeys("firstAdmin.memberId").containsEntry("firstAdmin.memberId", memberId);
        assertThat(app.keycloak.organizations).hasSize(1);
        assertThat(app.keycloak.accounts).hasSize(1);
        assertThat(app.keycloak.memberships).hasSize(1);
        assertThat(app.memberRows.count("acme")).isEqualTo(1);
    }

    @Test
    void aRetryAfterTheMemberRowFailedReusesTheAccountAndAddsTheMember() {
        app.organizationStep.provision(acme);
        app.memberRows.failNextAdd = true;
        assertThatThrownBy(() -> app.firstAdminStep.provision(acme)).hasMessageContaining("database down");
        assertThat(app.keycloak.accounts).hasSize(1);

        Map<String, String> notes = onboard(acme);
        assertThat(app.keycloak.accounts).hasSize(1);
        assertThat(app.memberRows.count("acme")).isEqualTo(1);
        assertThat(notes).containsKey("firstAdmin.memberId").doesNotContainKey("firstAdmin.temporaryPassword");
    }

    @Test
    void anExistingAccountIsReusedWithItsPassword() {
        app.keycloak.existing("ada@acme.test");
        Map<String, String> notes = onboard(acme);
        assertThat(notes).containsOnlyKeys("firstAdmin.memberId");
        assertThat(app.keycloak.accounts).hasSize(1);
        assertThat(app.memberRows.count("acme")).isEqualTo(1);
    }

    @Test
    void withoutAnAdminOnlyTheOrganizationIsMade() {
        Map<String, String> notes = onboard(new TenantOnboarding("beta", "Beta", null, null, null));
        assertThat(notes).isEmpty();
        assertThat(app.keycloak.organizations).containsOnlyKeys("beta");
        assertThat(app.keycloak.accounts).isEmpty();
        assertThat(app.memberRows.rows).isEmpty();
    }

    @Test
    void theSamePersonMayAdministerTwoTenants() {
        onboard(acme);
        Map<String, String> beta = onboard(new TenantOnboarding("beta", "Beta", "ada@acme.test", "Ada", "Admin"));
        assertThat(beta).containsOnlyKeys("firstAdmin.memberId");
        assertThat(app.keycloak.accounts).hasSize(1);
        assertThat(app.keycloak.memberships).hasSize(2);
        assertThat(app.memberRows.count("acme")).isEqualTo(1);
        assertThat(app.memberRows.count("beta")).isEqualTo(1);
    }
}
