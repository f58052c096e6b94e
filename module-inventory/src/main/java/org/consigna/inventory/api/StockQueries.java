package org.consigna.inventory.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads of stock on hand for other modules (facility stock: its views, par levels, expiry digests). Each read joins
 * the caller's transaction and checks no custody: the calling module narrows to what its caller may see.
 * "On hand" is what balances count: facility stock or active consigned stock with a quantity above zero.
 */
public interface StockQueries {

    /** Every facility-stock device of the facility on hand, by catalog number, then expiry, then id. */
    List<DeviceSummary> facilityStock(UUID facilityId);

    /**
     * A custodian's consigned stock of these items that could be sold now: active, on hand, in no pending transfer;
     * per item, the latest expiry first (then by id). Bounded by what one custodian holds of a few items.
     */
    List<DeviceSummary> consignedStock(UUID custodianId, Collection<UUID> itemIds);

    /**
     * One page of stock on hand (consigned and facility stock) expiring after {@code after} (exclusive; null: no lower
     * bound, the already expired included) and on or before {@code until}, soonest first, then by device id.
     *
     * @param custodians only these custodians' devices; null for everyone's
     * @param from       the key of the previous page's last device, null for the first page
     */
    ExpiringPage expiring(LocalDate after, LocalDate until, Set<UUID> custodians, ExpiringKey from, int limit);

    /** Where a page of {@link #expiring} ended. */
    record ExpiringKey(LocalDate expiry, UUID deviceId) {
    }

    /** A page of expiring devices and the key of the next page (null on the last). */
    record ExpiringPage(List<DeviceSummary> devices, ExpiringKey next) {
    }

    /** Devices and units of stock on hand expiring on or before {@code until}, per custodian and expiry date. */
    List<ExpiringCount> expiringCounts(LocalDate until);

    /** Stock of one custodian expiring on one date: how many devices and units. */
    record ExpiringCount(UUID custodianId, CustodianKind custodianKind, LocalDate expiry, long devices, long units) {
    }
}
