package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import org.consigna.inventory.api.DeviceClaims;
import org.consigna.platform.module.TenantContributions;
import org.consigna.platform.problem.ProblemException;

/**
 * Asks the other modules' {@link DeviceClaims} before inventory moves, adjusts or deactivates devices;
 * only those of modules the tenant has enabled (the platform picks them).
 */
@ApplicationScoped
class Claims {

    @Inject
    Instance<DeviceClaims> claims;

    @Inject
    TenantContributions contributions;

    /** Asked this many devices at a time (one query each, well below PostgreSQL's parameter limit). */
    private static final int CHUNK = 1_000;

    /** Call with the devices' rows locked. */
    void requireUnclaimed(Collection<UUID> deviceIds, String change) {
        List<UUID> ids = List.copyOf(deviceIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            requireUnclaimedChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)), change);
        }
    }

    /** Which of these devices another module holds now; call with their rows locked. */
    Set<UUID> claimed(Collection<UUID> deviceIds) {
        Set<UUID> held = new HashSet<>();
        List<UUID> ids = List.copyOf(deviceIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            contributions.forCurrentTenant(claims).forEach(contributor -> held.addAll(contributor.heldBy(chunk).keySet()));
        }
        return held;
    }

    private void requireUnclaimedChunk(List<UUID> deviceIds, String change) {
        for (DeviceClaims contributor : contributions.forCurrentTenant(claims)) {
            Map<UUID, String> held = contributor.heldBy(deviceIds);
            if (!held.isEmpty()) {
                Map.Entry<UUID, String> first = held.entrySet().iterator().next();
                throw new ProblemException(409, "device-claimed", "Device is in use elsewhere",
                        "Device " + first.getKey() + " is held by " + first.getValue() + "; it cannot be " + change
                                + " until it is released there",
                        Map.of("deviceId", first.getKey().toString(), "heldBy", first.getValue()));
            }
        }
    }
}
