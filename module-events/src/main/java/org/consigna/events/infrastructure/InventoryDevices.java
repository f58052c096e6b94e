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
import org.consigna.events.domain.facility.Facility;
import org.consigna.events.domain.facility.FacilityRepository;
import org.consigna.identity.api.MemberSummary;
import org.consigna.identity.api.Members;
import org.consigna.inventory.api.Availability;
import org.consigna.inventory.api.CustodianKind;
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

    @Inject
    Members members;

    @Inject
    FacilityRepository facilities;

    /**
     * Locks first (inventory's availability check), so the device is read once, under the lock, and the
     * checks see the locked row; an available device's summary comes with the answer.
     */
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
        if (availability.reason() == Availability.Reason.FACILITY_STOCK_OF_ANOTHER_FACILITY) {
            DeviceFacts device = describe(java.util.List.of(deviceId)).get(deviceId);
            throw new ProblemException(409, type, "Facility stock of another facility", device.description()
                    + " is facility stock of " + device.facilityName() + ": it was sold there and is used only in a case"
                    + " at " + device.facilityName() + "; facility stock is never sold again",
                    Map.of("deviceId", deviceId.toString(), "facilityId", device.facilityId().toString()));
        }
        if (type != null) {
            throw new ProblemException(409, type, "Device cannot be used", availability.detail(),
                    Map.of("deviceId", deviceId.toString()));
        }
        DeviceSummary locked = availability.device();
        if (locked == null) {
            return describe(java.util.List.of(deviceId)).values().stream().findFirst().orElseThrow(() -> notFound(deviceId));
        }
        // As read under the lock: not read again.
        MemberSummary holder = locked.custodianKind() == CustodianKind.MEMBER
                ? members.findAll(java.util.List.of(locked.custodianId())).get(locked.custodianId()) : null;
        String facilityName = locked.facilityId() == null ? null
                : facilities.facility(locked.facilityId()).map(Facility::name).orElse(locked.facilityId().toString());
        return facts(locked, kind(locked, holder), facilityName);
    }

    private static ProblemException notFound(UUID deviceId) {
        return new ProblemException(404, "device-not-found", "Device not found",
                "There is no device '" + deviceId + "' in this tenant's inventory");
    }

    @Override
    public Map<UUID, DeviceFacts> describe(Collection<UUID> deviceIds) {
        Map<UUID, DeviceSummary> summaries = inventory.find(deviceIds);
        Map<UUID, MemberSummary> holders = members.findAll(summaries.values().stream()
                .filter(d -> d.custodianKind() == CustodianKind.MEMBER).map(DeviceSummary::custodianId).distinct().toList());
        Map<UUID, String> facilityNames = new java.util.HashMap<>();
        summaries.values().stream().map(DeviceSummary::facilityId).filter(java.util.Objects::nonNull).distinct()
                .forEach(f -> facilityNames.put(f, facilities.facility(f).map(Facility::name).orElse(f.toString())));
        Map<UUID, DeviceFacts> found = new LinkedHashMap<>();
        deviceIds.forEach(id -> {
            DeviceSummary d = summaries.get(id);
            if (d != null) {
                found.put(id, facts(d, kind(d, holders.get(d.custodianId())), facilityNames.get(d.facilityId())));
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

    private static DeviceFacts.CustodianKind kind(DeviceSummary d, MemberSummary holder) {
        if (d.custodianKind() == CustodianKind.LOCATION || holder == null) {
            return DeviceFacts.CustodianKind.LOCATION;
        }
        return switch (holder.role()) {
            case ADMIN -> DeviceFacts.CustodianKind.ADMIN;
            case DISTRIBUTOR -> DeviceFacts.CustodianKind.DISTRIBUTOR;
            case SALES -> DeviceFacts.CustodianKind.SALES;
        };
    }

    static DeviceFacts facts(DeviceSummary d, DeviceFacts.CustodianKind kind, String facilityName) {
        DeviceState state = switch (d.status()) {
            case ACTIVE -> DeviceState.ACTIVE;
            case FACILITY_STOCK -> DeviceState.FACILITY_STOCK;
            case INACTIVE -> DeviceState.INACTIVE;
        };
        String label = d.itemDescription() + " (" + d.catalogNumber() + ")"
                + (d.serial() != null ? " serial " + d.serial() : d.lot() != null ? " lot " + d.lot() : "");
        return new DeviceFacts(d.id(), d.itemId(), label, d.custodianId(), state, d.facilityId(), d.singleUse(),
                d.quantity(), d.pendingTransferId() != null, d.custodianName(), kind, facilityName);
    }
}
