package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consigna.inventory.api.Availability;
import org.consigna.inventory.api.CustodianKind;
import org.consigna.inventory.api.DeviceInventory;
import org.consigna.inventory.api.DeviceSummary;
import org.consigna.inventory.api.DeviceUse;
import org.consigna.inventory.api.SourceDocument;
import org.consigna.inventory.domain.device.Device;
import org.consigna.inventory.domain.device.DeviceRepository;
import org.consigna.inventory.domain.DeviceStatus;
import org.consigna.inventory.domain.ledger.EntryType;
import org.consigna.inventory.domain.ledger.Posting;
import org.consigna.inventory.domain.ledger.Source;
import org.consigna.platform.problem.ProblemException;

/** The inventory api for other modules; each call joins the caller's transaction. */
@ApplicationScoped
@Transactional
public class DeviceInventoryService implements DeviceInventory {

    @Inject
    DeviceRepository devices;

    @Inject
    DeviceService deviceService;

    @Inject
    Access access;

    @Inject
    Ledger ledger;

    @Inject
    Custodians custodians;

    @Inject
    ItemDirectory itemDirectory;

    @Override
    public Optional<DeviceSummary> find(UUID deviceId) {
        return devices.find(deviceId).map(this::summary);
    }

    @Override
    public Map<UUID, DeviceSummary> find(Collection<UUID> deviceIds) {
        if (deviceIds.isEmpty()) {
            return Map.of();
        }
        List<Device> found = devices.findAll(deviceIds);
        Map<UUID, ItemDirectory.Entry> items = itemDirectory.findAll(found.stream().map(Device::itemId).toList());
        Map<UUID, String> names = custodians.names(found.stream().map(Device::custodian).distinct().toList());
        Map<UUID, DeviceSummary> summaries = new HashMap<>();
        found.forEach(d -> summaries.put(d.id(), summary(d, items.get(d.itemId()), names.get(d.custodian().id()))));
        return summaries;
    }

    @Override
    public Availability availability(UUID deviceId, UUID facilityId) {
        // Locked until the caller's transaction ends: a transfer of the same device waits, then sees the use.
        Optional<Device> found = devices.lock(deviceId);
        if (found.isEmpty()) {
            return new Availability(Availability.Reason.UNKNOWN_DEVICE, "There is no device '" + deviceId + "'");
        }
        Device d = found.get();
        if (d.status() == DeviceStatus.INACTIVE) {
            return new Availability(Availability.Reason.INACTIVE, access.describe(d) + " is inactive");
        }
        if (d.pendingTransferId() != null) {
            return new Availability(Availability.Reason.IN_PENDING_TRANSFER, access.describe(d) + " is in pending transfer " + d.pendingTransferId());
        }
        if (d.quantity() == 0) {
            return new Availability(Availability.Reason.NOTHING_ON_HAND, access.describe(d) + " has quantity 0");
        }
        if (d.status() == DeviceStatus.FACILITY_STOCK && !d.facilityId().equals(facilityId)) {
            return new Availability(Availability.Reason.FACILITY_STOCK_OF_ANOTHER_FACILITY, access.describe(d)
                    + " is facility stock of another facility (" + d.facilityId() + ")");
        }
        return new Availability(Availability.Reason.AVAILABLE, access.describe(d) + " is available", summary(d));
    }

    @Override
    public UUID markConsumed(UUID deviceId, int quantity, SourceDocument source) {
        return markConsumed(List.of(new DeviceUse(deviceId, quantity)), source).get(deviceId);
    }

    @Override
    public Map<UUID, UUID> markConsumed(Collection<DeviceUse> uses, SourceDocument source) {
        Map<UUID, Device> locked = lockForChange(uses.stream().map(DeviceUse::deviceId).toList());
        UUID actor = access.actor();
        Instant now = Instant.now();
        String reason = "used in " + source.type() + " " + source.id();
        Map<UUID, UUID> consumed = new LinkedHashMap<>();
        List<Ledger.Posted> postings = new ArrayList<>();
        for (DeviceUse use : uses) {
            Device device = locked.get(use.deviceId());
            if (use.quantity() == device.quantity()) {
                postings.add(new Ledger.Posted(device.consume(reason, actor, now), act(actor, device, source)));
                consumed.put(device.id(), device.id());
            } else if (use.quantity() > 0 && use.quantity() < device.quantity()) {
                Device used = device.consumePart(use.quantity(), reason, actor, now);
                devices.add(used);
                postings.add(new Ledger.Posted(device.splitPosting(EntryType.CONSUMED, used, reason), act(actor, device, source)));
                consumed.put(device.id(), used.id());
            } else {
                throw ProblemException.badRequest("invalid-quantity", device.label() + " holds " + device.quantity()
                        + "; between 1 and " + device.quantity() + " units can be used");
            }
        }
        ledger.post(postings);
        devices.flush();
        return consumed;
    }

    @Override
    public DeviceSummary reactivate(UUID deviceId, SourceDocument source) {
        Device device = deviceService.lockForChange(deviceId);
        UUID actor = access.actor();
        ledger.post(List.of(device.reactivate("removed unused from " + source.type() + " " + source.id(), Instant.now())),
                act(actor, device, source));
        devices.flush();
        return summary(device);
    }

    @Override
    public DeviceSummary recordFacilityChange(UUID deviceId, UUID facilityId, SourceDocument source) {
        recordFacilityChanges(List.of(deviceId), facilityId, source);
        return summary(devices.find(deviceId).orElseThrow());
    }

    @Override
    public void recordFacilityChanges(Collection<UUID> deviceIds, UUID facilityId, SourceDocument source) {
        Map<UUID, Device> locked = lockForChange(deviceIds);
        UUID actor = access.actor();
        Instant now = Instant.now();
        String reason = facilityId == null ? "back to consigned stock" : "facility stock of " + facilityId;
        List<Ledger.Posted> postings = new ArrayList<>();
        for (UUID id : deviceIds) {
            Device device = locked.get(id);
            postings.add(new Ledger.Posted(device.changeFacility(facilityId, reason, now), act(actor, device, source)));
        }
        ledger.post(postings);
        devices.flush();
    }

    /** Locks the devices together (id order), each visible to the caller and one they may act for. */
    private Map<UUID, Device> lockForChange(Collection<UUID> ids) {
        Set<UUID> distinct = new LinkedHashSet<>(ids);
        if (distinct.size() != ids.size()) {
            throw ProblemException.badRequest("duplicate-device", "A device appears twice in one change");
        }
        Map<UUID, Device> locked = devices.lock(distinct).stream().collect(Collectors.toMap(Device::id, Function.identity()));
        for (UUID id : ids) {
            Device device = locked.get(id);
            if (device == null) {
                throw Access.deviceNotFound(id);
            }
            access.requireVisible(device);
            access.requireMayActFor(device);
        }
        return locked;
    }

    private static Act act(UUID actor, Device device, SourceDocument source) {
        return new Act(actor, device.custodian().id(), new Source(source.type(), source.id(), source.reference()));
    }

    private DeviceSummary summary(Device d) {
        return summary(d, itemDirectory.find(d.itemId()).orElseThrow(), custodians.name(d.custodian()));
    }

    private static org.consigna.inventory.api.DeviceStatus status(DeviceStatus status) {
        return switch (status) {
            case ACTIVE -> org.consigna.inventory.api.DeviceStatus.ACTIVE;
            case FACILITY_STOCK -> org.consigna.inventory.api.DeviceStatus.FACILITY_STOCK;
            case INACTIVE -> org.consigna.inventory.api.DeviceStatus.INACTIVE;
        };
    }

    private static CustodianKind kind(org.consigna.inventory.domain.custody.CustodianKind kind) {
        return switch (kind) {
            case MEMBER -> CustodianKind.MEMBER;
            case LOCATION -> CustodianKind.LOCATION;
        };
    }

    private static DeviceSummary summary(Device d, ItemDirectory.Entry item, String custodianName) {
        return new DeviceSummary(d.id(), d.itemId(), item.catalogNumber(), item.singleUse(), d.serial(), d.lot(), d.expiry(),
                d.quantity(), status(d.status()), d.custodian().id(), kind(d.custodian().kind()), d.facilityId(),
                d.pendingTransferId(), item.description(), custodianName);
    }
}
