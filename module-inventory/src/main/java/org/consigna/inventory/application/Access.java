package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.consigna.identity.api.Custody;
import org.consigna.identity.api.CustodyScope;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.device.DeviceData;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;
import org.consigna.platform.security.CurrentCaller;

/**
 * The caller and their custody rights, as every use case asks for them. Acting on someone's custody
 * is a 403 naming the device and the custodian as a user knows them (the ids ride along as members
 * of the problem); a device outside what the caller may see is a 404 by path and an unknown
 * reference (422) in a body, as if it did not exist.
 */
@ApplicationScoped
public class Access {

    @Inject
    CurrentCaller caller;

    @Inject
    Custody custody;

    @Inject
    Custodians custodians;

    @Inject
    ItemDirectory items;

    /** The acting member. */
    public UUID actor() {
        return caller.get().memberId();
    }

    public void requireMayActFor(Custodian custodian) {
        if (!custody.callerMayActFor(custodian.id())) {
            throw new ProblemException(403, "custody-forbidden", "Not your custody", "You may not act on inventory in the"
                    + " custody of " + custodians.name(custodian), Map.of("custodianId", custodian.id().toString()));
        }
    }

    /** As {@link #requireMayActFor(Custodian)}, naming the device the caller wanted to act on. */
    public void requireMayActFor(DeviceData device) {
        if (!custody.callerMayActFor(device.custodian().id())) {
            throw new ProblemException(403, "custody-forbidden", "Not your custody", describe(device)
                    + " is not in your custody: it is held by " + custodians.name(device.custodian())
                    + ", on whose inventory you may not act", Map.of("deviceId", device.id().toString(),
                    "custodianId", device.custodian().id().toString()));
        }
    }

    /** A device as a user knows it: item name, catalog number, serial or lot. */
    public String describe(DeviceData device) {
        String item = items.find(device.itemId()).map(ItemDirectory.Entry::name).orElse("Device " + device.id());
        return item + (device.serial() != null ? " serial " + device.serial()
                : device.lot() != null ? " lot " + device.lot() : "");
    }

    public boolean maySee(Custodian custodian) {
        return custody.ofCaller().includes(custodian.id());
    }

    public <D extends DeviceData> D requireVisible(D device) {
        if (!maySee(device.custodian())) {
            throw deviceNotFound(device.id());
        }
        return device;
    }

    /**
     * The devices a request lists as {@code lines[i].deviceId}, found (and locked) in one query: each
     * must exist in this tenant and be visible to the caller, else 422 naming every such line.
     */
    public void requireDeviceReferences(List<UUID> ids, Map<UUID, ? extends DeviceData> found) {
        List<UnknownReference.Missing> missing = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            DeviceData device = found.get(ids.get(i));
            if (device == null || !maySee(device.custodian())) {
                missing.add(new UnknownReference.Missing("device you may see", "lines[" + i + "].deviceId", ids.get(i)));
            }
        }
        if (!missing.isEmpty()) {
            throw UnknownReference.of(missing);
        }
    }

    /** Custodians whose inventory the caller sees; null for everyone (admins). */
    public Set<UUID> visibleCustodians() {
        CustodyScope scope = custody.ofCaller();
        return scope.everyone() ? null : scope.custodians();
    }

    public static ProblemException deviceNotFound(UUID id) {
        return new ProblemException(404, "device-not-found", "Device not found", "There is no device '" + id + "' you may see");
    }
}
