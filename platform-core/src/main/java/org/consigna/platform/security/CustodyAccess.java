package org.consigna.platform.security;

import java.util.Set;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * May the current caller act on inventory in a custodian's custody? The rules: yourself, yes;
 * a sales user also for distributors linked to them (never another sales user); a full-user
 * distributor also for linked sales users; an admin for everyone and every location;
 * custodian-only distributors never act. Implemented by the identity module.
 */
public interface CustodyAccess {

    boolean mayActFor(UUID custodianId);

    /** The custodians whose inventory the caller may see and act on; {@link CustodyScope#all()} for admins. */
    CustodyScope scope();

    default void requireMayActFor(UUID custodianId) {
        if (!mayActFor(custodianId)) {
            throw new ProblemException(403, "custody-forbidden", "Not your custody",
                    "You may not act on inventory in the custody of " + custodianId);
        }
    }

    /** Either every custodian of the tenant, or the listed ones. */
    record CustodyScope(boolean everyone, Set<UUID> custodians) {

        public static CustodyScope all() {
            return new CustodyScope(true, Set.of());
        }

        public static CustodyScope of(Set<UUID> custodians) {
            return new CustodyScope(false, Set.copyOf(custodians));
        }

        public boolean includes(UUID custodian) {
            return everyone || custodians.contains(custodian);
        }
    }
}
