package org.consigna.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonString;
import java.util.UUID;
import org.consigna.identity.domain.UserAccount;
import org.consigna.testsupport.KeycloakAdmin;
import org.consigna.testsupport.KeycloakExtension;
import org.consigna.testsupport.KeycloakServer;
import org.consigna.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin client against the real Keycloak of {@code bin/keycloak.sh}, checked with
 * test-support's own admin and tokens.
 */
@ExtendWith(KeycloakExtension.class)
class KeycloakAdminClientIT {

    final KeycloakServer server = KeycloakServer.shared();
    final KeycloakAdmin admin = new KeycloakAdmin(server);
    final KeycloakSettings settings = new KeycloakSettings(server.baseUrl(), server.realm(), KeycloakAdmin.CLIENT_ID,
            KeycloakAdmin.CLIENT_SECRET);
    final KeycloakAdminClient client = new KeycloakAdminClient(settings);
    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void createsAnOrganizationOnceAndFindsItByAliasAfterwards() {
        String alias = "org-" + suffix;
        String id = client.findOrCreateOrganization(alias, "Organization " + suffix);

        assertThat(admin.findOrganization(alias).orElseThrow().getString("id")).isEqualTo(id);
        assertThat(client.findOrCreateOrganization(alias, "Organization " + suffix)).as("again: found, not duplicated")
                .isEqualTo(id);
        assertThat(client.findOrCreateOrganization(alias, "Another name")).isEqualTo(id);
        assertThat(client.findOrganization(alias)).contains(id);
        assertThat(client.findOrganization("none-" + suffix)).isEmpty();
    }

    @Test
    void twoTenantsWithTheSameDisplayNameGetTwoOrganizations() {
        String first = client.findOrCreateOrganization("same-a-" + suffix, "Same " + suffix);
        String second = client.findOrCreateOrganization("same-b-" + suffix, "Same " + suffix);
        assertThat(second).isNotEqualTo(first);
        assertThat(admin.findOrganization("same-b-" + suffix).orElseThrow().getString("name"))
                .isEqualTo("Same " + suffix + " (same-b-" + suffix + ")");
    }

    @Test
    void findsAnOrganizationBeyondTheFirstPage() {
        KeycloakAdminClient smallPages = new KeycloakAdminClient(settings, 2);
        for (int i = 0; i < 5; i++) {
            client.findOrCreateOrganization("page-" + i + "-" + suffix, "Page " + i + " " + suffix);
        }
        for (int i = 0; i < 5; i++) {
            String alias = "page-" + i + "-" + suffix;
            assertThat(smallPages.findOrganization(alias)).as(alias)
                    .contains(admin.findOrganization(alias).orElseThrow().getString("id"));
        }
    }

    @Test
    void createsAUserWithATemporaryPasswordAndFindsThemByEmail() {
        String email = "new-" + suffix + "@example.test";
        assertThat(client.findUserByEmail(email)).isEmpty();

        UserAccount created = client.createUser(email, "Nina", "New", "Temp-" + suffix);
        assertThat(created.username()).isEqualTo(email);
        assertThat(admin.findUserId(email)).contains(created.userId());
        UserAccount found = client.findUserByEmail(email.toUpperCase()).orElseThrow();
        assertThat(found.userId()).isEqualTo(created.userId());
        assertThat(found.firstName()).isEqualTo("Nina");

        // Temporary: Keycloak wants it changed before it hands out a token.
        IllegalStateException login = catchThrowableOfType(IllegalStateException.class,
                () -> admin.tokens().passwordToken(email, "Temp-" + suffix));
        assertThat(login).hasMessageContaining("Account is not fully set up");
    }

    @Test
    void creatingAnExistingUserFailsNamingTheStepAndKeycloaksAnswer() {
        String email = "twice-" + suffix + "@example.test";
        client.createUser(email, "Tom", "Twice", "Temp-" + suffix);
        KeycloakException refused = catchThrowableOfType(KeycloakException.class,
                () -> client.createUser(email, "Tom", "Twice", "Other-" + suffix));
        assertThat(refused.keycloakStatus()).isEqualTo(409);
        assertThat(refused.step()).isEqualTo("create user '" + email + "'");
        assertThat(refused).hasMessageContaining("HTTP 409").hasMessageContaining("User exists with same");
    }

    @Test
    void addingAMemberTwiceIsFineAndTheTokenNamesTheOrganization() {
        String alias = "members-" + suffix;
        String organization = client.findOrCreateOrganization(alias, "Members " + suffix);
        String email = "member-" + suffix + "@example.test";
        UserAccount user = client.createUser(email, "Mia", "Member", "Temp-" + suffix);

        client.addOrganizationMember(organization, user.userId());
        client.addOrganizationMember(organization, user.userId());

        admin.setPassword(user.userId(), "Known-" + suffix, false);
        var claims = Tokens.claims(admin.tokens().passwordToken(email, "Known-" + suffix));
        assertThat(claims.getJsonArray("organization").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly(alias);
    }

    @Test
    void aWrongSecretOrAnUnreachableServerIsAClearFailure() {
        KeycloakAdminClient wrongSecret = new KeycloakAdminClient(new KeycloakSettings(server.baseUrl(), server.realm(),
                KeycloakAdmin.CLIENT_ID, "not-the-secret"));
        KeycloakException refused = catchThrowableOfType(KeycloakException.class,
                () -> wrongSecret.findOrganization("any"));
        assertThat(refused.keycloakStatus()).isEqualTo(401);
        assertThat(refused).hasMessageContaining("issue a token to client 'consigna-admin'");

        KeycloakAdminClient nowhere = new KeycloakAdminClient(new KeycloakSettings("http://127.0.0.1:1", "consigna",
                "consigna-admin", "x"));
        KeycloakException down = catchThrowableOfType(KeycloakException.class, () -> nowhere.findUserByEmail("a@b.test"));
        assertThat(down.keycloakStatus()).isZero();
        assertThat(down).hasMessageContaining("no answer from 127.0.0.1:1");
    }
}
