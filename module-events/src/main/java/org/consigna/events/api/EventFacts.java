package org.consigna.events.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a behaviour knows of an event.
 *
 * @param representativeCustody custodians whose inventory the representative draws from
 *                              (themselves and, per the sharing rules, linked members)
 * @param devices               the devices currently in the event (removed lines excluded)
 * @param representativeName    the representative's display name, for refusals a user reads
 */
public record EventFacts(UUID eventId, UUID eventTypeId, String behaviour, UUID facilityId, UUID representativeId,
                         Set<UUID> representativeCustody, List<DeviceFacts> devices, String representativeName) {

    public EventFacts {
        representativeCustody = Set.copyOf(representativeCustody);
        devices = List.copyOf(devices);
    }

    /** Reference written into inventory's ledger for every device change this event causes. */
    public String sourceDocument() {
        return "event:" + eventId;
    }
}
