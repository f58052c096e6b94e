package org.consigna.billing.domain.price;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Facilities' price sheets, current and replaced, and their lines. */
public interface PriceSheetRepository {

    /** The facility's current sheet, locked until the transaction ends when {@code lock}. */
    Optional<PriceSheet> current(UUID facilityId, boolean lock);

    Optional<PriceSheet> find(UUID sheetId);

    /** The facility's sheets, newest first, after the given key when there is one. */
    List<PriceSheet> history(UUID facilityId, Instant afterUploadedAt, UUID afterId, int limit);

    List<PriceSheetLine> lines(UUID sheetId);

    /** The sheet's prices of these items, by item id. */
    Map<UUID, BigDecimal> prices(UUID sheetId, Collection<UUID> itemIds);

    void add(PriceSheet sheet, List<PriceSheetLine> lines);
}
