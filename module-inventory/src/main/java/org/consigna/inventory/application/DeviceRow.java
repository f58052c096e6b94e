package org.consigna.inventory.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A device as the search returns it, with its item and tags; read straight from the tables. */
public record DeviceRow(UUID id, UUID itemId, String catalogNumber, String description, UUID productLineId, String serial,
                        String lot, LocalDate expiry, int quantity, String status, UUID custodianId, String custodianKind,
                        UUID facilityId, UUID pendingTransferId, String inactiveCause, String inactiveReason,
                        Instant inactiveAt, Instant receivedAt, String udi, List<String> tags, String sortValue) {
}
