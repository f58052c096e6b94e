package org.consigna.identity.domain;

/** A user account of the identity provider: its id is the tokens' subject. */
public record UserAccount(String userId, String username, String email, String firstName, String lastName) {
}
