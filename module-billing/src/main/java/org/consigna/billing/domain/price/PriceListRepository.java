package org.consigna.billing.domain.price;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Price lists, their item prices and their assignments to facilities. */
public interface PriceListRepository {

    Optional<PriceList> find(UUID id);

    /** The list, locked until the transaction ends: changes of one list's prices and assignments run one at a time. */
    Optional<PriceList> lock(UUID id);

    Optional<PriceList> findByName(String name);

    /** Price lists by name (case-insensitive) and id, after the given key when there is one. */
    List<PriceList> page(String afterName, UUID afterId, int limit);

    /** The list's current prices of these items (all its items when null), by item id. */
    Map<UUID, BigDecimal> prices(UUID priceListId, Collection<UUID> itemIds);

    /** The list's current prices, by item id. */
    List<PriceListItem> items(UUID priceListId);

    /** The facility's current assignment, locked until the transaction ends when {@code lock}. */
    Optional<PriceListAssignment> currentAssignment(UUID facilityId, boolean lock);

    /** The list's assignments, current and ended, newest first. */
    List<PriceListAssignment> assignments(UUID priceListId);

    void add(PriceList list);

    void add(PriceListItem item);

    void add(PriceListAssignment assignment);

    /** Writes pending changes now, so a refusal by the database surfaces inside the use case. */
    void flush();
}
