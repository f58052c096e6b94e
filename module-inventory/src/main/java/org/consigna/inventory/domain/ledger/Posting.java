package org.consigna.inventory.domain.ledger;

import java.util.UUID;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.DeviceStatus;

/**
 * What one device change means for the ledger, before it gets its actor, source and balances.
 * A change takes {@code sourceDelta} from {@code source} (when two balances are involved) and
 * adds {@code targetDelta} (may be negative) to {@code target}, the balance the device counts in afterwards.
 *
 * @param deviceId       the device the entry is about (for a split, the new device)
 * @param parentDeviceId for a split, the device the quantity came from
 * @param quantity       units concerned; for adjustments the signed change
 * @param facilityId     facility the device is tied to after the change
 * @param status         the device's status after the change
 */
public record Posting(EntryType type, UUID deviceId, UUID parentDeviceId, UUID itemId, String lot, String serial,
                      int quantity, Custodian from, Custodian to, UUID facilityId, DeviceStatus status,
                      StockAccount source, int sourceDelta, StockAccount target, int targetDelta, String reason) {

    /** Units leave one balance for another; a part set apart at the same custodian stays in one. */
    public boolean movesBetweenBalances() {
        return source != null && !source.equals(target);
    }
}
