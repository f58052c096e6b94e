package org.consigna.identity.api;

import java.util.UUID;
import org.consigna.platform.security.CustodyAccess.CustodyScope;

/**
 * The custody a member's role and active sharing links give them in the request's tenant,
 * whoever is asking: an event drawing on its representative's inventory needs the
 * representative's scope even when an admin or a linked distributor does the work.
 */
public interface CustodyScopes {

    CustodyScope of(UUID memberId);
}
