package org.consigna.identity.infrastructure;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The admin client's access token (client credentials grant), kept until shortly before it
 * expires so that most admin calls cost one request, not two.
 */
final class ServiceAccountToken {

    /** Renew this long before expiry, so a token never runs out in the middle of a call. */
    private static final long MARGIN_SECONDS = 30;

    private final KeycloakSettings settings;
    private final KeycloakHttp http;
    private final Clock clock;
    private String value;
    private Instant renewAt = Instant.EPOCH;

    ServiceAccountToken(KeycloakSettings settings, KeycloakHttp http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    synchronized String get() {
        if (value == null || !clock.instant().isBefore(renewAt)) {
            String step = "issue a token to client '" + settings.clientId() + "'";
            HttpResponse<String> response = http.postForm(step, settings.tokenUrl(), Map.of(
                    "grant_type", "client_credentials",
                    "client_id", settings.clientId(),
                    "client_secret", settings.clientSecret()));
            JsonObject json = KeycloakHttp.object(http.expect(step, response, 200).body());
            long lifetime = json.getJsonNumber("expires_in").longValue();
            value = json.getString("access_token");
            renewAt = clock.instant().plusSeconds(Math.max(lifetime / 2, lifetime - MARGIN_SECONDS));
        }
        return value;
    }

    /** Forgets the token, e.g. after Keycloak refused it (restarted with new keys). */
    synchronized void invalidate() {
        value = null;
    }
}
