package org.consigna.inventory.domain.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Product lines and items of the current tenant. */
public interface CatalogRepository {

    Optional<ProductLine> findLine(UUID id);

    /** Product lines by name, after {@code afterName} if given. */
    List<ProductLine> lines(String afterName, int limit);

    /** The product lines of these ids that exist, in one query. */
    List<ProductLine> linesByIds(Collection<UUID> ids);

    Optional<Item> findItem(UUID id);

    Optional<Item> findItemByGtin(String gtin);

    /** Items by product line (null: all) and active flag (null: both), ordered by catalog number, after {@code afterNumber} if given. */
    List<Item> items(UUID productLineId, Boolean active, String afterNumber, int limit);

    List<Item> itemsByIds(Collection<UUID> ids);

    List<Item> itemsByCatalogNumbers(Collection<String> catalogNumbers);

    void add(ProductLine line);

    void add(Item item);

    /**
     * Writes pending changes now, inside the use case, so that a refusal by the database (a duplicate,
     * a concurrent update) surfaces as its problem instead of as a failed commit after the method.
     */
    void flush();
}
