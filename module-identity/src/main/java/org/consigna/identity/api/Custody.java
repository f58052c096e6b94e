package org.consigna.identity.api;

import java.util.UUID;

/**
 * Custody, the platform's one rule of who may act on whose inventory in the request's tenant:
 * yourself; a sales user also for distributors linked to them (never another sales user); a
 * full-user distributor also for linked sales users; an admin for everyone and every location;
 * custodian-only distributors never act. Implemented by the identity module.
 */
public interface Custody {

    /** The caller's scope, worked out once per request; none for a caller who is no active member. */
    CustodyScope ofCaller();

    default boolean callerMayActFor(UUID custodianId) {
        return custodianId != null && ofCaller().includes(custodianId);
    }

    /**
     * A member's scope whoever asks: an event drawing on its representative's inventory needs the
     * representative's scope even when an admin or a linked distributor does the work.
     */
    CustodyScope of(UUID memberId);
}
