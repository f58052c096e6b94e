package org.consigna.facilitystock.domain.par;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Low-level alerts, newest first. */
public interface AlertRepository {

    /** Where a page of alerts ended (newest first). */
    record AlertKey(Instant raisedAt, UUID id) {
    }

    /**
     * @param facilityId  only this facility's, or every facility's with null
     * @param unacknowledgedOnly only alerts nobody acknowledged yet
     */
    List<LowLevelAlert> page(UUID facilityId, boolean unacknowledgedOnly, AlertKey after, int limit);

    Optional<LowLevelAlert> lock(UUID id);

    Optional<LowLevelAlert> outstanding(UUID facilityId, UUID itemId);

    void add(LowLevelAlert alert);
}
