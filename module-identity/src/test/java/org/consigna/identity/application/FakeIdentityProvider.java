package org.consigna.identity.application;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consigna.identity.domain.UserAccount;
import org.consigna.identity.domain.IdentityProvider;

/** Keycloak as the tests need it: organizations by alias, accounts by e-mail, memberships. */
class FakeIdentityProvider implements IdentityProvider {

    final Map<String, String> organizations = new HashMap<>();
    final Map<String, UserAccount> accounts = new HashMap<>();
    final Map<String, String> passwords = new HashMap<>();
    final Set<String> memberships = new HashSet<>();
    /** Simulates a concurrent invite: the account appears, but our create is refused. */
    boolean createdByOtherRequest;

    @Override
    public String ensureOrganization(String tenantId, String displayName) {
        return organizations.computeIfAbsent(tenantId, alias -> UUID.randomUUID().toString());
    }

    @Override
    public Optional<UserAccount> findAccountByEmail(String email) {
        return Optional.ofNullable(accounts.get(email.toLowerCase()));
    }

    @Override
    public UserAccount createAccount(String email, String firstName, String lastName, String temporaryPassword) {
        if (accounts.containsKey(email) || createdByOtherRequest) {
            accounts.computeIfAbsent(email, e -> new UserAccount(UUID.randomUUID().toString(), e, e, firstName, lastName));
            throw new IllegalStateException("Keycloak could not create user: HTTP 409 User exists with same email");
        }
        UserAccount account = new UserAccount(UUID.randomUUID().toString(), email, email, firstName, lastName);
        accounts.put(email, account);
        passwords.put(account.userId(), temporaryPassword);
        return account;
    }

    @Override
    public void addToOrganization(String tenantId, String userId) {
        if (!organizations.containsKey(tenantId)) {
            throw new IllegalStateException("no organization " + tenantId);
        }
        memberships.add(tenantId + "/" + userId);
    }

    UserAccount existing(String email) {
        UserAccount account = new UserAccount(UUID.randomUUID().toString(), email, email, "Existing", "Person");
        accounts.put(email, account);
        return account;
    }
}
