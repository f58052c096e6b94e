package org.consigna.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.events.api.DeviceFacts;
import org.consigna.events.api.EventFacts;
import org.consigna.events.api.LineFacts;
import org.consigna.events.domain.event.Event;
import org.consigna.events.domain.event.EventLine;
import org.consigna.identity.api.Members;
import org.consigna.identity.api.MemberSummary;
import org.consigna.platform.problem.ProblemException;

/** Builds what behaviours see of an event and its lines, from the event and inventory's current facts. */
@ApplicationScoped
class Facts {

    @Inject
    Devices inventory;

    @Inject
    EventAccess access;

    @Inject
    Members members;

    /** The lines still in the event, with their devices as inventory describes them now. */
    List<LineFacts> lines(List<EventLine> lines) {
        List<EventLine> inEvent = lines.stream().filter(EventLine::isInEvent).toList();
        Map<UUID, DeviceFacts> devices = inventory.describe(inEvent.stream().map(EventLine::deviceId).toList());
        return inEvent.stream().map(line -> new LineFacts(line.id(), device(devices, line.deviceId()),
                line.quantity(), line.usage().wire(), line.isConsumed(), line.isSoldToFacility())).toList();
    }

    EventFacts event(Event event, List<LineFacts> lines) {
        return new EventFacts(event.id(), event.typeId(), event.behaviour(), event.facilityId(),
                event.representativeId(), access.representativeCustody(event.representativeId()),
                lines.stream().map(LineFacts::device).toList(), members.find(event.representativeId())
                .map(MemberSummary::displayName).orElse(String.valueOf(event.representativeId())));
    }

    private static DeviceFacts device(Map<UUID, DeviceFacts> devices, UUID id) {
        DeviceFacts device = devices.get(id);
        if (device == null) {
            throw new IllegalStateException("Inventory does not know device " + id + " of an event line");
        }
        return device;
    }

    /** Did the database refuse a second held line for one device (the one-open-event index)? */
    static boolean isOneOpenEventViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(EventLine.ONE_OPEN_EVENT_INDEX)) {
                return true;
            }
        }
        return false;
    }

    static ProblemException inAnotherOpenEvent(UUID deviceId, String description, String where) {
        return new ProblemException(409, "device-in-open-event", "Device already in an open event",
                description + " is already in " + where + "; a device can be in one open event at a time",
                Map.of("deviceId", deviceId.toString()));
    }
}
