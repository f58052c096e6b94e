package org.consigna.events.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a document about an event prints (billing's sales order). Read-only and without an access check: the calling
 * module decides who sees its document. The patient id comes in full and masked (the events module's one mask); the
 * document picks by its rule.
 */
public interface EventDocuments {

    /** The event of the current tenant, if there is one. */
    Optional<EventDocument> find(UUID eventId);

    /**
     * @param surgeonName    the surgeon's display name, or null
     * @param deviceByLine   the device of each of the event's lines (removed lines included), by line id
     */
    record EventDocument(UUID eventId, String name, LocalDate date, UUID facilityId, UUID representativeId,
                         String representativeName, String surgeonName, String patientId, String maskedPatientId,
                         Map<UUID, UUID> deviceByLine) {

        public EventDocument {
            deviceByLine = Map.copyOf(deviceByLine);
        }
    }
}
