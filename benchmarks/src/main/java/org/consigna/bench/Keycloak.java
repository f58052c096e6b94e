package org.consigna.bench;

import static org.consigna.bench.Http.enc;
import static org.consigna.bench.Http.env;
import static org.consigna.bench.Http.field;
import static org.consigna.bench.Http.form;
import static org.consigna.bench.Http.send;

import java.util.UUID;

/**
 * Tokens from the dev realm: the password grant through the CLI client, and known passwords for users
 * the platform created, set through the platform's Keycloak admin client (dev tooling only).
 */
final class Keycloak {

    private final String base;

    Keycloak(String base) {
        this.base = base.replaceAll("/+$", "");
    }

    String password(String user, String password) throws Exception {
        String body = "grant_type=password&client_id=consigna-cli&scope=" + enc("openid organization")
                + "&username=" + enc(user) + "&password=" + enc(password);
        return field(form(tokenEndpoint(), body), "access_token");
    }

    /** Gives a user the platform created a known password; returns it. */
    String setPassword(String email) throws Exception {
        String service = field(form(tokenEndpoint(), "grant_type=client_credentials&client_id="
                + env("KEYCLOAK_ADMIN_CLIENT_ID", "consigna-admin")
                + "&client_secret=" + env("KEYCLOAK_ADMIN_CLIENT_SECRET", "consigna-admin-secret")), "access_token");
        String users = send("GET", base + "/admin/realms/consigna/users?exact=true&username=" + enc(email), service, null, 200);
        String secret = "Bench-" + UUID.randomUUID();
        send("PUT", base + "/admin/realms/consigna/users/" + field(users, "id") + "/reset-password", service,
                "{\"type\":\"password\",\"value\":\"" + secret + "\",\"temporary\":false}", 204);
        return secret;
    }

    private String tokenEndpoint() {
        return base + "/realms/consigna/protocol/openid-connect/token";
    }
}
