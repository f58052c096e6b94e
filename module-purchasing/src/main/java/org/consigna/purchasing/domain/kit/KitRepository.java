package org.consigna.purchasing.domain.kit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Kits and their items. */
public interface KitRepository {

    Optional<Kit> find(UUID kitId);

    List<Kit> all();

    List<KitItem> items(UUID kitId);

    void add(Object row);
}
