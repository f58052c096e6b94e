package org.consigna.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checks the realm in keycloak/consigna-realm.json against a real Keycloak.
 */
@ExtendWith(KeycloakExtension.class)
class KeycloakRealmIT {

    private final KeycloakServer server = KeycloakServer.shared();
    private final KeycloakAdmin admin = new KeycloakAdmin(server);

    @Test
    void operatorTokenHasIssuerAudienceAndPlatformRole() {
        JsonObject claims = Tokens.claims(admin.tokens().operatorToken());

        assertEquals(server.issuer(), claims.getString("iss"));
        assertEquals("http://127.0.0.1:8180/realms/consigna", server.issuer());
        assertTrue(strings(claims.get("aud")).contains("consigna-api"), "aud: " + claims.get("aud"));
        assertTrue(strings(claims.getJsonObject("realm_access").get("roles")).contains("platform-operator"),
                "realm_access: " + claims.get("realm_access"));
        assertEquals("consigna-cli", claims.getString("azp"));
    }

    @Test
    void memberOfNewOrganizationGetsOrganizationClaimWithItsAlias() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String alias = "org-" + suffix;
        String orgId = admin.createOrganization(alias, "Organization " + suffix);
        String username = "user-" + suffix;
        String userId = admin.createUser(username, username + "@" + alias + ".test", "Test", "User " + suffix, "pw-" + suffix);
        admin.addMember(orgId, userId);

        assertEquals(orgId, admin.findOrganization(alias).orElseThrow().getString("id"));
        assertEquals(userId, admin.findUserId(username).orElseThrow());

        JsonObject claims = Tokens.claims(admin.tokens().passwordToken(username, "pw-" + suffix));
        assertEquals(List.of(alias), strings(claims.get("organization")), "claims: " + claims);
        assertTrue(strings(claims.get("aud")).contains("consigna-api"), "aud: " + claims.get("aud"));
        assertEquals(userId, claims.getString("sub"));
    }

    @Test
    void memberOfTwoOrganizationsGetsBothWithOrganizationStar() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String first = admin.createOrganization("a-" + suffix, "A " + suffix);
        String second = admin.createOrganization("b-" + suffix, "B " + suffix);
        String username = "two-" + suffix;
        String userId = admin.createUser(username, username + "@example.test", "Two", "Orgs", "pw-" + suffix);
        admin.addMember(first, userId);
        admin.addMember(second, userId);

        JsonObject all = Tokens.claims(admin.tokens().passwordToken(username, "pw-" + suffix, "openid organization:*"));
        assertEquals(List.of("a-" + suffix, "b-" + suffix), strings(all.get("organization")).stream().sorted().toList());

        JsonObject one = Tokens.claims(admin.tokens().passwordToken(username, "pw-" + suffix, "openid organization:b-" + suffix));
        assertEquals(List.of("b-" + suffix), strings(one.get("organization")));
    }

    @Test
    void passwordChangeAndRequiredActionsTakeEffect() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "ra-" + suffix;
        String userId = admin.createUser(username, username + "@example.test", "Req", "Actions", "first-" + suffix);
        admin.setPassword(userId, "second-" + suffix, false);
        assertTrue(admin.tokens().passwordToken(username, "second-" + suffix).length() > 100);

        admin.addRequiredActions(userId, "UPDATE_PASSWORD");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> admin.tokens().passwordToken(username, "second-" + suffix));
        assertTrue(e.getMessage().contains("Account is not fully set up"), e.getMessage());
    }

    private static List<String> strings(JsonValue value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof JsonString s) {
            return List.of(s.getString());
        }
        return ((JsonArray) value).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
