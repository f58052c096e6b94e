package org.consigna.testsupport;

import jakarta.json.JsonObject;
import java.util.Map;

/**
 * User access tokens of the consigna realm, obtained with the password grant through the public
 * client {@code consigna-cli}. Tokens carry {@code aud} {@code consigna-api}, {@code realm_access}
 * and, for organization members, the claim {@code organization}: a JSON array of organization
 * aliases, e.g. {@code "organization": ["acme"]}.
 *
 * <p>Scope {@code organization} (the default here) names the user's organization only when the user
 * belongs to exactly one; with several, Keycloak omits the claim in the password grant. Ask for
 * {@code organization:*} (all) or {@code organization:<alias>} (one) with
 * {@link #passwordToken(String, String, String)} in that case.
 */
public final class Tokens {

    public static final String CLIENT_ID = "consigna-cli";
    public static final String DEFAULT_SCOPE = "openid organization";
    public static final String OPERATOR_USERNAME = "operator";
    public static final String OPERATOR_PASSWORD = "operator";

    private final KeycloakServer server;

    public Tokens(KeycloakServer server) {
        this.server = server;
    }

    /** Tokens of the shared server. */
    public static Tokens shared() {
        return new Tokens(KeycloakServer.shared());
    }

    /** Raw access token (a JWT) of the user, scope {@value #DEFAULT_SCOPE}. */
    public String passwordToken(String username, String password) {
        return passwordToken(username, password, DEFAULT_SCOPE);
    }

    /** Raw access token (a JWT) of the user with the given scope parameter. */
    public String passwordToken(String username, String password, String scope) {
        var response = Http.expect(Http.postForm(server.tokenUrl(), Map.of(
                "grant_type", "password",
                "client_id", CLIENT_ID,
                "username", username,
                "password", password,
                "scope", scope)), 200);
        return Http.object(response.body()).getString("access_token");
    }

    /** Access token of the realm's dev user {@code operator} (realm role {@code platform-operator}). */
    public String operatorToken() {
        return passwordToken(OPERATOR_USERNAME, OPERATOR_PASSWORD);
    }

    /** The claims of a JWT, decoded but NOT verified (for assertions in tests). */
    public static JsonObject claims(String jwt) {
        return Http.jwtPayload(jwt);
    }
}
