package org.consigna.identity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.consigna.identity.domain.UserAccount;
import org.consigna.identity.domain.IdentityProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity provider of the platform: Keycloak, configured with MicroProfile Config. Keeps
 * organization ids by alias, since finding one by alias means listing organizations.
 */
@ApplicationScoped
class KeycloakIdentityProvider implements IdentityProvider {

    @Inject
    @ConfigProperty(name = "keycloak.url", defaultValue = KeycloakSettings.DEFAULT_URL)
    String url;

    @Inject
    @ConfigProperty(name = "keycloak.realm", defaultValue = KeycloakSettings.DEFAULT_REALM)
    String realm;

    @Inject
    @ConfigProperty(name = "keycloak.admin-client-id", defaultValue = KeycloakSettings.DEFAULT_CLIENT_ID)
    String clientId;

    @Inject
    @ConfigProperty(name = "keycloak.admin-client-secret", defaultValue = KeycloakSettings.DEFAULT_CLIENT_SECRET)
    String clientSecret;

    private KeycloakAdminClient client;

    /** Organization id by alias (= tenant id). Organizations are never deleted; a reset Keycloak answers 404. */
    private final Map<String, String> organizations = new ConcurrentHashMap<>();

    @PostConstruct
    void connect() {
        client = new KeycloakAdminClient(new KeycloakSettings(url, realm, clientId, clientSecret));
    }

    @Override
    public String ensureOrganization(String tenantId, String displayName) {
        String id = organizations.get(tenantId);
        if (id == null) {
            id = client.findOrCreateOrganization(tenantId, displayName);
            organizations.put(tenantId, id);
        }
        return id;
    }

    @Override
    public Optional<UserAccount> findAccountByEmail(String email) {
        return client.findUserByEmail(email);
    }

    @Override
    public UserAccount createAccount(String email, String firstName, String lastName, String temporaryPassword) {
        return client.createUser(email, firstName, lastName, temporaryPassword);
    }

    @Override
    public void addToOrganization(String tenantId, String userId) {
        try {
            client.addOrganizationMember(organizationOf(tenantId), userId);
        } catch (KeycloakException e) {
            if (e.keycloakStatus() != 404 || organizations.remove(tenantId) == null) {
                throw e;
            }
            client.addOrganizationMember(organizationOf(tenantId), userId);
        }
    }

    private String organizationOf(String tenantId) {
        String id = organizations.get(tenantId);
        if (id == null) {
            id = client.findOrganization(tenantId).orElseThrow(() -> new KeycloakException(
                    "find organization '" + tenantId + "'", 404, "there is none; provisioning creates it, retry it"));
            organizations.put(tenantId, id);
        }
        return id;
    }
}
