package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consigna.inventory.domain.Wire;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.device.AdjustmentReason;
import org.consigna.inventory.domain.device.Device;
import org.consigna.inventory.domain.device.DeviceRepository;
import org.consigna.inventory.domain.ledger.Posting;
import org.consigna.inventory.domain.ledger.Source;
import org.consigna.platform.problem.ProblemException;

/** Stock adjustments: quantity corrections of one custodian's devices, with a reason, all lines or none. */
@ApplicationScoped
@Transactional
public class AdjustmentService {

    @Inject
    Claims claims;

    @Inject
    DeviceRepository devices;

    @Inject
    Access access;

    @Inject
    Ledger ledger;

    @Inject
    Custodians custodians;

    public record Line(UUID deviceId, int delta) {
    }

    public record Adjusted(UUID adjustmentId, List<Device> devices) {
    }

    public Adjusted adjust(AdjustmentReason reason, String note, List<Line> lines) {
        Set<UUID> seen = new HashSet<>();
        lines.forEach(line -> {
            if (!seen.add(line.deviceId())) {
                throw ProblemException.badRequest("duplicate-line", "Device " + line.deviceId() + " appears twice in the adjustment");
            }
            reason.check(line.delta());
        });
        Map<UUID, Device> locked = devices.lock(seen).stream().collect(Collectors.toMap(Device::id, Function.identity()));
        access.requireDeviceReferences(lines.stream().map(Line::deviceId).toList(), locked);
        Custodian custodian = null;
        for (Line line : lines) {
            Device device = locked.get(line.deviceId());
            if (custodian != null && !custodian.equals(device.custodian())) {
                throw new ProblemException(400, "one-custodian", "Bad request", "An adjustment corrects one custodian's stock;"
                        + " these devices are held by " + custodians.name(custodian) + " and " + custodians.name(device.custodian()),
                        Map.of("custodianIds", List.of(custodian.id().toString(), device.custodian().id().toString())));
            }
            custodian = device.custodian();
        }
        access.requireMayActFor(locked.get(lines.get(0).deviceId()));
        claims.requireUnclaimed(seen, "adjusted");
        String why = Wire.of(reason) + (note == null || note.isBlank() ? "" : ": " + note.trim());
        Instant now = Instant.now();
        List<Posting> postings = new ArrayList<>();
        List<Device> adjusted = new ArrayList<>();
        for (Line line : lines) {
            Device device = locked.get(line.deviceId());
            postings.add(device.adjust(line.delta(), why, now));
            adjusted.add(device);
        }
        UUID adjustmentId = UUID.randomUUID();
        ledger.post(postings, new Act(access.actor(), custodian.id(), Source.of("adjustment", adjustmentId, null)));
        devices.flush();
        return new Adjusted(adjustmentId, adjusted);
    }
}
