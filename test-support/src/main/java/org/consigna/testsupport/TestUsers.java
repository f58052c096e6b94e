package org.consigna.testsupport;

/** Users the platform created in Keycloak (invited members, first admins), signed in by tests. */
public final class TestUsers {

    /** Password the tests give the users they sign in. */
    public static final String PASSWORD = "Test-Secret-42";

    private TestUsers() {
    }

    /** Gives the Keycloak user a known password and returns their access token with the given scope. */
    public static String token(String username, String scope) {
        KeycloakAdmin admin = KeycloakAdmin.shared();
        String userId = admin.findUserId(username).orElseThrow(() -> new AssertionError("No Keycloak user " + username));
        admin.setPassword(userId, PASSWORD, false);
        return Tokens.shared().passwordToken(username, PASSWORD, scope);
    }
}
