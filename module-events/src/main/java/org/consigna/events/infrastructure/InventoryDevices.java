package org.consigna.events.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.consigna.events.api.DeviceFacts;
import org.consigna.events.api.DeviceState;
import org.consigna.events.application.Devices;
import org.consigna.inventory.api.Availability;
import org.consigna.inventory.api.DeviceInventory;
import org.consigna.inventory.api.DeviceSummary;
import org.consigna.inventory.api.DeviceUse;
import org.consigna.inventory.api.SourceDocument;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;

/** Devices through inventory's api: its ledger records every change, with the event as source document. */
@ApplicationScoped
class InventoryDevices implements Devices {

    @Inject
    DeviceInventory inventory;

    /** Locks first (inventory's availability check), so the device is read once and the checks see the locked row. */
    @Override
    public DeviceFacts lockUsable(UUID deviceId, UUID facilityId) {
        Availability availability = inventory.availability(deviceId, facilityId);
        String type = switch (availability.reason()) {
            case AVAILABLE -> null;
            case UNKNOWN_DEVICE -> throw UnknownReference.of("device", "deviceId", deviceId);
            case INACTIVE -> "device-inactive";
            case IN_PENDING_TRANSFER -> "device-in-transfer";
            case NOTHING_ON_HAND -> "device-nothing-on-hand";
            case FACILITY_STOCK_OF_ANOTHER_FACILITY -> "device-not-eligible";
        };
        if (type != null) {
            throw new ProblemException(409, type, "Device cannot be used", availability.detail(),
                    Map.of("deviceId", deviceId.toString()));
        }
        return inventory.find(deviceId).map(InventoryDevices::facts).orElseThrow(() -> notFound(deviceId));
    }

    private static ProblemException notFound(UUID deviceId) {
        return new ProblemException(404, "device-not-found", "Device not found",
                "There is no device '" + deviceId + "' in this tenant's inventory");
    }

    @Override
    public Map<UUID, DeviceFacts> describe(Collection<UUID> deviceIds) {
        Map<UUID, DeviceSummary> summaries = inventory.find(deviceIds);
        Map<UUID, DeviceFacts> found = new LinkedHashMap<>();
        deviceIds.forEach(id -> {
            DeviceSummary d = summaries.get(id);
            if (d != null) {
                found.put(id, facts(d));
            }
        });
        return found;
    }

    @Override
    public Map<UUID, UUID> consume(Map<UUID, Integer> quantities, UUID eventId) {
        if (quantities.isEmpty()) {
            return Map.of();
        }
        return inventory.markConsumed(quantities.entrySet().stream().map(q -> new DeviceUse(q.getKey(), q.getValue())).toList(),
                source(eventId));
    }

    @Override
    public void reactivate(UUID deviceId, UUID eventId) {
        inventory.reactivate(deviceId, source(eventId));
    }

    @Override
    public void moveToFacility(Collection<UUID> deviceIds, UUID facilityId, UUID eventId) {
        if (!deviceIds.isEmpty()) {
            inventory.recordFacilityChanges(deviceIds, facilityId, source(eventId));
        }
    }

    private static SourceDocument source(UUID eventId) {
        return new SourceDocument("event", eventId.toString());
    }

    static DeviceFacts facts(DeviceSummary d) {
        DeviceState state = switch (d.status()) {
            case ACTIVE -> DeviceState.ACTIVE;
            case FACILITY_STOCK -> DeviceState.FACILITY_STOCK;
            case INACTIVE -> DeviceState.INACTIVE;
        };
        String label = d.itemDescription() + " (" + d.catalogNumber() + ")"
                + (d.serial() != null ? " serial " + d.serial() : d.lot() != null ? " lot " + d.lot() : "");
        return new DeviceFacts(d.id(), d.itemId(), label, d.custodianId(), state, d.facilityId(), d.singleUse(),
                d.quantity(), d.pendingTransferId() != null, d.custodianName());
    }
}
