package org.consigna.events.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Creating an open event with its devices in one step for another module (facility stock turns a suggested refill
 * into a stocking order). It runs as the current caller with every check the REST API makes (type, representative,
 * facility, custody, the behaviour's eligibility, one open event per device) inside the caller's transaction: a
 * refusal is the same problem+json and undoes the whole draft.
 */
public interface EventDrafts {

    /**
     * @param typeId    the event type, or null for the first active type (by name) built on {@code behaviour}
     * @param behaviour the behaviour the type must be built on
     * @param deviceIds the devices to add, each whole (a lot with all its units) with usage {@code used}
     * @return the new event's id
     */
    UUID create(UUID typeId, String behaviour, UUID representativeId, UUID facilityId, String name, LocalDate date,
                List<UUID> deviceIds);
}
