package org.consigna.events.application;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.consigna.events.api.DeviceFacts;

/**
 * The devices as the events module needs them, implemented over inventory's api. Every change
 * is a ledger entry in inventory with the event as source document, inside the caller's transaction.
 */
public interface Devices {

    /**
     * The device as it is now, locked against other inventory changes (transfers, adjustments) until
     * the transaction ends. Refuses (problem+json) a device that does not exist (404) or cannot be
     * used at the facility now: inactive, in a pending transfer, nothing on hand, another facility's stock (409).
     */
    DeviceFacts lockUsable(UUID deviceId, UUID facilityId);

    Map<UUID, DeviceFacts> describe(Collection<UUID> deviceIds);

    /**
     * Uses up the given units of each device (device id to quantity) as one set; returns, per device, the id
     * of the consumed device (a lot's used part is split off).
     */
    Map<UUID, UUID> consume(Map<UUID, Integer> quantities, UUID eventId);

    /** The only way back to active: a consumed device given back {@code unused} from a reopened event. */
    void reactivate(UUID deviceId, UUID eventId);

    /** Facility stock of the facility, or consigned stock again with {@code null}. */
    void moveToFacility(Collection<UUID> deviceIds, UUID facilityId, UUID eventId);
}
