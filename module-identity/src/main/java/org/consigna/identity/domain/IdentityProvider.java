package org.consigna.identity.domain;

import java.util.Optional;

/**
 * The accounts side of identity (Keycloak): one organization per tenant, whose alias is the
 * tenant id, and user accounts shared by all tenants. It only ever adds: a user may belong to
 * other tenants, so nothing is removed or disabled there.
 */
public interface IdentityProvider {

    /** The id of the tenant's organization, created when missing. */
    String ensureOrganization(String tenantId, String displayName);

    Optional<UserAccount> findAccountByEmail(String email);

    /** A new enabled account, username = e-mail, that must change the temporary password at first sign-in. */
    UserAccount createAccount(String email, String firstName, String lastName, String temporaryPassword);

    /** Makes the account a member of the tenant's organization; being one already is fine. */
    void addToOrganization(String tenantId, String userId);
}
