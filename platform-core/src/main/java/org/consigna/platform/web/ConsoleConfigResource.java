package org.consigna.platform.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the web console needs before anyone signs in: where the identity provider is and which public
 * client the console signs in with. The browser may reach the identity provider under another address
 * than the server does ({@code console.keycloak-url}); by default it is the server's {@code keycloak.url}.
 */
@Path("public/console-config")
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleConfigResource {

    @Inject
    @ConfigProperty(name = "keycloak.url", defaultValue = "http://127.0.0.1:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "console.keycloak-url")
    Optional<String> consoleKeycloakUrl;

    @Inject
    @ConfigProperty(name = "keycloak.realm", defaultValue = "consigna")
    String realm;

    @Inject
    @ConfigProperty(name = "console.client-id", defaultValue = "consigna-console")
    String clientId;

    public record ConsoleConfig(String keycloakUrl, String realm, String clientId) {
    }

    @Operation(summary = "Show the web console's sign-in settings, without a token")
    @GET
    @PermitAll
    public ConsoleConfig show() {
        return new ConsoleConfig(consoleKeycloakUrl.filter(u -> !u.isBlank()).orElse(keycloakUrl).replaceAll("/+$", ""),
                realm, clientId);
    }
}
