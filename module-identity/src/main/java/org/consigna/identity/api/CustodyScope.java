package org.consigna.identity.api;

import java.util.Set;
import java.util.UUID;

/** Whose inventory someone may see and act on: every custodian of the tenant, or the listed ones. */
public record CustodyScope(boolean everyone, Set<UUID> custodians) {

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
