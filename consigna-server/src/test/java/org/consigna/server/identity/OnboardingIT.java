package org.consigna.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import jakarta.json.JsonObject;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.testsupport.KeycloakAdmin;
import org.consigna.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creating a tenant creates its Keycloak organization and first admin, and survives a failure half-way. */
class OnboardingIT extends IntegrationTest {

    KeycloakAdmin keycloak;

    @BeforeEach
    void client() {
        keycloak = KeycloakAdmin.shared();
    }

    @Test
    void aNewTenantGetsItsOrganizationAndAFirstAdminWhoCanSignIn() {
        String id = Api.newTenantId("onb");
        String email = Api.adminEmail(id);
        api.createTenant(id).statusCode(201)
                .body("status", equalTo("active"))
                .body("onboarding.'firstAdmin.username'", equalTo(email))
                .body("onboarding.'firstAdmin.temporaryPassword'", notNullValue());

        JsonObject organization = keycloak.findOrganization(id).orElseThrow();
        assertThat(organization.getString("name")).isEqualTo("Tenant " + id);
        String token = Api.tokenOf(email, "openid organization");
        assertThat(Tokens.claims(token).getJsonArray("organization").getString(0)).isEqualTo(id);
        api.as(token).get("t/" + id + "/ping").then().statusCode(200).body("role", equalTo("admin"));
    }

    @Test
    void whenOnboardingFailsBetweenTheOrganizationAndTheAdminRetryFinishesWithoutDuplicates() {
        String id = Api.newTenantId("half");
        String email = Api.adminEmail(id);
        ProbeFaults.failStep(id);

        api.createTenant(id).statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:provisioning-failed"))
                .body("detail", containsString("probe step was told to fail"));
        api.request().get("platform/tenants/" + id).then().body("status", equalTo("failed"));
        assertThat(keycloak.findOrganization(id)).as("the organization step ran").isPresent();
        assertThat(keycloak.findUserId(email)).as("the admin step did not").isEmpty();

        ProbeFaults.clearStep(id);
        api.request().post("platform/tenants/" + id + "/retry").then().statusCode(200)
                .body("status", equalTo("active"))
                .body("onboarding.'firstAdmin.username'", equalTo(email));
        assertThat(keycloak.findOrganization(id)).isPresent();
        String token = Api.tokenOf(email, "openid organization");
        assertThat(Tokens.claims(token).getJsonArray("organization").getString(0)).isEqualTo(id);
        api.as(token).get("t/" + id + "/ping").then().statusCode(200).body("role", equalTo("admin"));

        api.request().post("platform/tenants/" + id + "/retry").then().statusCode(409);
    }
}
