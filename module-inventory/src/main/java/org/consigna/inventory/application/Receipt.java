package org.consigna.inventory.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Devices arriving into one custodian's custody. Each line names its item, or inherits the receipt's
 * item, or gets it from its UDI's GTIN; a UDI also fills in lot, serial and expiry.
 *
 * @param reference the outside document (packing slip, PO), recorded on every ledger entry
 */
public record Receipt(UUID custodianId, UUID itemId, String reference, List<Line> lines) {

    /** One device, or one lot quantity. Quantity defaults to 1. */
    public record Line(UUID itemId, String serial, String lot, LocalDate expiry, Integer quantity, String udi) {
    }

    /** What was received. */
    public record Received(UUID receiptId, UUID custodianId, String custodianKind, int devices, long units, List<UUID> deviceIds) {
    }
}
