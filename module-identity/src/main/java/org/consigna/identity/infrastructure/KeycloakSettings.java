package org.consigna.identity.infrastructure;

/**
 * Where the Keycloak admin API is and how the platform signs in to it: the confidential client
 * {@code consigna-admin}, whose service account may manage users and organizations.
 */
public record KeycloakSettings(String url, String realm, String clientId, String clientSecret) {

    public static final String DEFAULT_URL = "http://127.0.0.1:8180";
    public static final String DEFAULT_REALM = "consigna";
    public static final String DEFAULT_CLIENT_ID = "consigna-admin";
    public static final String DEFAULT_CLIENT_SECRET = "consigna-admin-secret";

    public KeycloakSettings {
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The development defaults, matching {@code keycloak/consigna-realm.json}. */
    public static KeycloakSettings defaults() {
        return new KeycloakSettings(DEFAULT_URL, DEFAULT_REALM, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET);
    }

    public String tokenUrl() {
        return url + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    /** {@code http://127.0.0.1:8180/admin/realms/consigna} */
    public String adminUrl() {
        return url + "/admin/realms/" + realm;
    }
}
