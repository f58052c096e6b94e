package org.consigna.inventory.api;

import java.util.Map;
import java.util.UUID;

/**
 * Starting a transfer for another module (billing's replenishment at closing), with every check
 * {@code POST .../inventory/transfers} makes (one sender, the caller may act for it, no device in an open event),
 * inside the caller's transaction. The transfer waits for the receiver to accept it.
 */
public interface TransferRequests {

    /**
     * @param units units to send per device (all of a serialized device: one)
     * @return the pending transfer's id
     */
    UUID request(UUID receiverId, Map<UUID, Integer> units, String note);
}
