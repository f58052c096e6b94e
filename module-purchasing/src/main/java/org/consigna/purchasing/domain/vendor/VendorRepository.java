package org.consigna.purchasing.domain.vendor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Vendors of the current tenant and the items they supply. */
public interface VendorRepository {

    Optional<Vendor> find(UUID id);

    /** Vendors by name, after {@code afterName} if given. */
    List<Vendor> page(String afterName, int limit);

    List<Vendor> findAll(Collection<UUID> ids);

    /** What vendors supply of these items (all vendors when {@code vendorId} is null). */
    List<VendorItem> supplies(UUID vendorId, Collection<UUID> itemIds);

    void add(Object vendorOrItem);

    /** Writes pending changes now (an item's preferred mark moves before another vendor takes it). */
    void flush();
}
