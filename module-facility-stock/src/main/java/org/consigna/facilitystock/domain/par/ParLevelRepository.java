package org.consigna.facilitystock.domain.par;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Par levels per facility and item. */
public interface ParLevelRepository {

    Optional<ParLevel> find(UUID facilityId, UUID itemId);

    /** The par level, locked until the transaction ends: low-level checks of one facility and item run one at a time. */
    Optional<ParLevel> lock(UUID facilityId, UUID itemId);

    /** The facility's par levels of these items (all items when null). */
    List<ParLevel> of(UUID facilityId, Collection<UUID> itemIds);

    /** A page of the facility's par levels by item id, after {@code afterItemId} when given. */
    List<ParLevel> page(UUID facilityId, UUID afterItemId, int limit);

    void add(ParLevel level);
}
