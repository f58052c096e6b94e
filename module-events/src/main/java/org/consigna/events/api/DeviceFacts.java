package org.consigna.events.api;

import java.util.UUID;

/**
 * What a behaviour knows of one device, as inventory reports it.
 *
 * @param description how a user knows the device: item name, catalog number, serial or lot
 * @param custodianId who holds it (a member or a location)
 * @param facilityId  the facility holding it as facility stock, else {@code null} (a consumed device keeps the
 *                    facility whose stock it was)
 * @param quantity    units: one for a serialized device, the lot's count otherwise
 * @param inPendingTransfer a transfer of it waits for acceptance; it cannot be used meanwhile
 * @param custodianName the holder's display name, for refusals a user reads
 * @param custodianKind what the holder is: facility stock sold by a distributor is usable by their linked sales users
 * @param facilityName  the name of the facility of {@code facilityId}, for refusals; {@code null} with it
 */
public record DeviceFacts(UUID deviceId, UUID itemId, String description, UUID custodianId, DeviceState state,
                          UUID facilityId, boolean singleUse, int quantity, boolean inPendingTransfer,
                          String custodianName, CustodianKind custodianKind, String facilityName) {

    /** The holder of a device: a member by their tenant role, or a location of inventory. */
    public enum CustodianKind {
        ADMIN, DISTRIBUTOR, SALES, LOCATION
    }
}
