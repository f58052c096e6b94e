package org.consigna.identity.api;

import java.util.UUID;
import org.consigna.platform.security.TenantRole;

/** A member as other modules see it: enough to show and check a custodian or an actor. */
public record MemberSummary(UUID id, String displayName, TenantRole role, MemberKind kind, MemberStatus status) {

    public boolean active() {
        return status == MemberStatus.ACTIVE;
    }
}
