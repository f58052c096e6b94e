package org.consigna.events.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.inventory.api.DeviceClaims;

/**
 * Devices on a line of an open (or reopened) event are held by it: inventory does not transfer,
 * adjust or deactivate them until they are removed from the event or the event is submitted.
 * Mark used locks the device through inventory's availability before it writes the line.
 */
@ApplicationScoped
class OpenEventClaims implements DeviceClaims {

    @Inject
    EntityManager em;

    @Override
    public Map<UUID, String> heldBy(Collection<UUID> deviceIds) {
        if (deviceIds.isEmpty()) {
            return Map.of();   // "in ()" is no SQL
        }
        List<Object[]> rows = em.createQuery("select l.deviceId, e.name from EventLine l, Event e"
                        + " where l.eventId = e.id and l.held = true and l.deviceId in :devices", Object[].class)
                .setParameter("devices", deviceIds)
                .getResultList();
        Map<UUID, String> held = new HashMap<>();
        rows.forEach(row -> held.put((UUID) row[0], "open event '" + row[1] + "'"));
        return held;
    }
}
