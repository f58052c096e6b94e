package org.consigna.identity.infrastructure;

import java.util.Map;
import org.consigna.platform.problem.ProblemException;

/**
 * Keycloak refused or could not be reached. Names the step and what Keycloak said; reaches a
 * client as a 502 problem of type {@code identity-provider}.
 */
public class KeycloakException extends ProblemException {

    private final String step;
    private final int keycloakStatus;

    public KeycloakException(String step, int keycloakStatus, String message) {
        super(502, "identity-provider", "Identity provider failed", "Keycloak could not " + step + ": "
                + (keycloakStatus > 0 ? "HTTP " + keycloakStatus + " " : "") + message,
                Map.of("step", step, "keycloakStatus", keycloakStatus));
        this.step = step;
        this.keycloakStatus = keycloakStatus;
    }

    /** What the platform was doing, e.g. {@code create user 'ada@acme.test'}. */
    public String step() {
        return step;
    }

    /** Keycloak's HTTP status; 0 when Keycloak did not answer. */
    public int keycloakStatus() {
        return keycloakStatus;
    }
}
