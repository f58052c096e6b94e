package org.consigna.inventory.application;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Reads devices and balances for searches, exports and on-hand views; implemented with SQL. */
public interface DeviceFinder {

    /** One page: at most {@code limit} rows, and the cursor of the next page when there is one. */
    record Page(List<DeviceRow> rows, DeviceQuery.Cursor next) {
    }

    /** On-hand of one custodian, item (and lot): consigned stock and facility stock. */
    record OnHand(UUID custodianId, String custodianKind, UUID itemId, String catalogNumber, String description, String lot,
                  long quantity, long facilityStock) {
    }

    Page page(DeviceQuery query);

    /** Every row of the query, in its order, without paging; rows are streamed, not collected. */
    void stream(DeviceQuery query, Consumer<DeviceRow> sink);

    /** Where a page of on-hand rows ended: its custodian, catalog number and (by lot) lot. */
    record OnHandKey(UUID custodianId, String catalogNumber, String lot) {
    }

    /**
     * @param scope custodians the caller sees, null for everyone
     * @param after the key of the previous page's last row, null for the first page
     */
    List<OnHand> onHand(UUID custodianId, UUID itemId, boolean byLot, java.util.Set<UUID> scope, OnHandKey after, int limit);
}
