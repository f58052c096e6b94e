package org.consigna.platform.security;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * The authenticated caller of the current request: the token's subject and name, whether they
 * operate the platform, and their membership in the request's tenant, if any.
 */
public record Caller(String subject, String username, boolean operator, Optional<Membership> membership) {

    /** Request attribute under which the authentication mechanism leaves the caller. */
    public static final String ATTRIBUTE = Caller.class.getName();

    public Caller {
        membership = membership == null ? Optional.empty() : membership;
    }

    /** The same person acting as the given member of the request's tenant. */
    public Caller asMember(Membership member) {
        return new Caller(subject, username, operator, Optional.of(member));
    }

    /** The member id in the current tenant; throws 403 when the caller is no member. */
    public UUID memberId() {
        return requireMembership().memberId();
    }

    public Optional<TenantRole> role() {
        return membership.map(Membership::role);
    }

    public boolean is(TenantRole role) {
        return role().filter(role::equals).isPresent();
    }

    public Membership requireMembership() {
        return membership.orElseThrow(() -> ProblemException.forbidden(
                "The caller is not a member of this tenant"));
    }

    /** Container groups: the tenant role plus the operator role. */
    public Set<String> groups() {
        Set<String> groups = new HashSet<>();
        role().ifPresent(r -> groups.add(r.wire()));
        if (operator) {
            groups.add(TenantRole.OPERATOR_ROLE);
        }
        return Set.copyOf(groups);
    }
}
