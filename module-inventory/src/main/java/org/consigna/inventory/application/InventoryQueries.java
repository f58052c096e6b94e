package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Searches, exports and on-hand, always narrowed to the custodians the caller may see: sales users
 * their own custody and their linked distributors', admins everything.
 */
@ApplicationScoped
@Transactional
public class InventoryQueries {

    @Inject
    DeviceFinder finder;

    @Inject
    Access access;

    public DeviceFinder.Page search(DeviceQuery query) {
        return finder.page(query.withScope(access.visibleCustodians()));
    }

    /** Streams the whole result to the sink inside one transaction; nothing is collected in memory. */
    public void export(DeviceQuery query, Consumer<DeviceRow> sink) {
        finder.stream(query.withScope(access.visibleCustodians()), sink);
    }

    public List<DeviceFinder.OnHand> onHand(UUID custodianId, UUID itemId, boolean byLot, DeviceFinder.OnHandKey after,
                                            int limit) {
        return finder.onHand(custodianId, itemId, byLot, access.visibleCustodians(), after, limit);
    }
}
