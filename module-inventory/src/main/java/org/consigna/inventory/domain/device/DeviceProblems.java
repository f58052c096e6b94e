package org.consigna.inventory.domain.device;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.consigna.inventory.domain.Wire;
import org.consigna.platform.problem.ProblemException;
import org.consigna.inventory.domain.DeviceStatus;

/** The refusals of device rules, each naming the rule so a client can tell them apart. */
public final class DeviceProblems {

    private DeviceProblems() {
    }

    static ProblemException inactive(DeviceData device, String action) {
        String why = device.inactiveCause() == InactiveCause.CONSUMED ? "it was consumed"
                : "it was deactivated (" + device.inactiveReason() + ")";
        return refusal("device-inactive", "Device is inactive", device.label() + " is inactive because " + why
                + "; an inactive device accepts only tags and notes, so it cannot be " + action, device,
                "inactive-devices-accept-only-tags-and-notes");
    }

    static ProblemException pending(DeviceData device, String action) {
        ProblemException base = refusal("device-in-pending-transfer", "Device is in a pending transfer", device.label()
                + " is in pending transfer " + device.pendingTransferId() + " and cannot be " + action
                + " until the transfer is accepted, rejected or cancelled", device, "pending-transfer-holds-the-device");
        return withExtra(base, "transferId", device.pendingTransferId());
    }

    static ProblemException facilityStock(DeviceData device, String action) {
        return refusal("device-is-facility-stock", "Device is facility stock", device.label()
                + " was sold to facility " + device.facilityId() + " as facility stock and cannot be " + action,
                device, "facility-stock-stays-with-its-seller");
    }

    static ProblemException nothingOnHand(DeviceData device, String action) {
        return refusal("nothing-on-hand", "Nothing on hand", device.label() + " has quantity 0 and cannot be " + action,
                device, "only-quantities-on-hand-can-move");
    }

    static ProblemException negative(DeviceData device, int delta) {
        return refusal("negative-quantity", "Quantity would become negative", "Adjusting " + device.label() + " by "
                + delta + " would leave " + (device.quantity() + delta) + "; a quantity cannot go below zero", device,
                "quantities-never-go-negative");
    }

    static ProblemException notReactivatable(Device device) {
        String state = device.status() == DeviceStatus.INACTIVE ? "deactivated by hand" : Wire.of(device.status());
        return refusal("not-reactivatable", "Device cannot be reactivated", device.label() + " is " + state
                + "; only a consumed device removed unused from a reopened event returns to active,"
                + " a device deactivated by mistake must be recreated", device, "reactivation-only-through-reopened-event");
    }

    public static ProblemException invalid(String type, String detail) {
        return ProblemException.badRequest(type, detail);
    }

    private static ProblemException refusal(String type, String title, String detail, DeviceData device, String rule) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("deviceId", device.id().toString());
        extensions.put("rule", rule);
        return new ProblemException(409, type, title, detail, extensions);
    }

    private static ProblemException withExtra(ProblemException base, String key, UUID value) {
        Map<String, Object> extensions = new LinkedHashMap<>(base.toProblem().extensions());
        extensions.put(key, String.valueOf(value));
        return new ProblemException(base.status(), base.toProblem().type(), base.toProblem().title(), base.getMessage(), extensions);
    }
}
