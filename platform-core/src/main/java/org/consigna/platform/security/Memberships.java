package org.consigna.platform.security;

import java.util.Optional;

/** Finds a user's membership in a tenant; implemented by the identity module, cached there. */
public interface Memberships {

    Optional<Membership> find(String tenantId, String subject);
}
