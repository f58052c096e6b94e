package org.consigna.platform.security;

import java.util.UUID;

/**
 * A user's place in one tenant: the member id (which is also the user's custodian id for
 * inventory), the identity provider's subject, the role, and whether it is active.
 */
public record Membership(UUID memberId, String tenantId, String subject, TenantRole role, boolean active) {
}
