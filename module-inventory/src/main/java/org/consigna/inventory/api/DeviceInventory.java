package org.consigna.inventory.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Inventory operations for other modules. There is no REST endpoint for any of them: reactivation
 * in particular exists only for the events module (reopened event, device removed as unused).
 */
public interface DeviceInventory {

    /** A device of the current tenant, if it exists, whatever its status and whoever holds it. */
    Optional<DeviceSummary> find(UUID deviceId);

    /** The devices of these ids that exist in the current tenant, by id, read together. */
    Map<UUID, DeviceSummary> find(Collection<UUID> deviceIds);

    /**
     * Whether the device can be used in an event at the facility: active and on hand, or facility stock
     * of that facility; never while a pending transfer holds it. Custody rules are the caller's to apply.
     * Locks the device's row until the caller's transaction ends, so a transfer of the same device
     * started meanwhile waits and then sees what the caller did with it.
     */
    Availability availability(UUID deviceId, UUID facilityId);

    /**
     * Marks units used up in an event: the device becomes inactive (consumed); for part of a lot
     * quantity, the used part becomes an inactive device of its own.
     *
     * @param quantity units used; a serialized device has one
     * @return the id of the consumed device (the same device, or the part split off)
     */
    UUID markConsumed(UUID deviceId, int quantity, SourceDocument source);

    /**
     * {@link #markConsumed(UUID, int, SourceDocument)} for the devices of a whole event as one set: locked
     * together in id order, one ledger round (balances and a batched insert). Same rules and refusals; one
     * refusal refuses all.
     *
     * @return for each device id used, the id of the consumed device (the same, or the part split off)
     */
    Map<UUID, UUID> markConsumed(Collection<DeviceUse> uses, SourceDocument source);

    /**
     * The only way back to active: an event was reopened and the device removed with status unused.
     * Refused unless the device was consumed; a device deactivated by hand is never reactivated.
     */
    DeviceSummary reactivate(UUID deviceId, SourceDocument source);

    /**
     * Sells the device to a facility as facility stock ({@code facilityId} given), or returns it to
     * consigned stock ({@code null}). Custody stays with the custodian.
     */
    DeviceSummary recordFacilityChange(UUID deviceId, UUID facilityId, SourceDocument source);

    /** {@link #recordFacilityChange} for many devices as one set: locked together, one ledger round. */
    void recordFacilityChanges(Collection<UUID> deviceIds, UUID facilityId, SourceDocument source);
}
