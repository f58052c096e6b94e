package org.consigna.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import org.consigna.identity.domain.UserAccount;
import org.consigna.identity.domain.IdentityProvider;

/**
 * Finds or creates a person's account and puts it in the tenant's organization. An existing
 * account (say, a member of another tenant) is reused as it is, password included.
 */
@ApplicationScoped
public class Accounts {

    /** No look-alike characters: the password is read off a screen and typed once. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    IdentityProvider identity;

    /** An account and, only when it was created just now, its temporary password. */
    public record Ensured(UserAccount account, String temporaryPassword) {

        public boolean created() {
            return temporaryPassword != null;
        }
    }

    public Ensured ensureMember(String tenantId, String email, String firstName, String lastName) {
        Ensured ensured = ensure(email, firstName, lastName);
        identity.addToOrganization(tenantId, ensured.account().userId());
        return ensured;
    }

    private Ensured ensure(String email, String firstName, String lastName) {
        var existing = identity.findAccountByEmail(email);
        if (existing.isPresent()) {
            return new Ensured(existing.get(), null);
        }
        String password = temporaryPassword();
        try {
            return new Ensured(identity.createAccount(email, firstName, lastName, password), password);
        } catch (RuntimeException refused) {
            // Someone created it at the same moment: use theirs.
            return identity.findAccountByEmail(email).map(account -> new Ensured(account, null)).orElseThrow(() -> refused);
        }
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            if (i > 0 && i % 6 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
