package org.consigna.inventory.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A device as other modules see it.
 *
 * @param custodianKind     member (the custodian id is a member id) or location
 * @param pendingTransferId the pending transfer holding the device, or null
 * @param itemDescription   the item's name, for messages a user reads
 * @param custodianName     the custodian's display name (member) or name (location), for the same
 */
public record DeviceSummary(UUID id, UUID itemId, String catalogNumber, boolean singleUse, String serial, String lot,
                            LocalDate expiry, int quantity, DeviceStatus status, UUID custodianId, CustodianKind custodianKind,
                            UUID facilityId, UUID pendingTransferId, String itemDescription,
                            String custodianName) {
}
