package org.consigna.purchasing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;
import org.consigna.purchasing.domain.vendor.Vendor;
import org.consigna.purchasing.domain.vendor.VendorItem;
import org.consigna.purchasing.domain.vendor.VendorRepository;

/** Vendors and what they supply. An item's preferred vendor is the one replenishment falls back to. */
@ApplicationScoped
@Transactional
public class VendorService {

    @Inject
    VendorRepository vendors;

    @Inject
    InventoryCatalog catalog;

    @Inject
    Connectors connectors;

    public Vendor create(String name, String email, String connector) {
        connectors.requireKnown(connector);
        Vendor vendor = new Vendor(name, email, connector, Instant.now());
        vendors.add(vendor);
        return vendor;
    }

    public Vendor change(UUID vendorId, String name, String email, String connector, boolean active) {
        connectors.requireKnown(connector);
        Vendor vendor = require(vendorId);
        vendor.change(name, email, connector);
        vendor.activate(active);
        return vendor;
    }

    public Optional<Vendor> find(UUID vendorId) {
        return vendors.find(vendorId);
    }

    public Vendor require(UUID vendorId) {
        return vendors.find(vendorId).orElseThrow(() -> ProblemException.notFound("Vendor", vendorId));
    }

    /** Sets what a vendor supplies of an item; marking it preferred takes the mark from the item's other vendor. */
    public VendorItem supply(UUID vendorId, UUID itemId, String partNumber, BigDecimal unitCost, int leadTimeDays, boolean preferred) {
        require(vendorId);
        if (!catalog.items(List.of(itemId)).containsKey(itemId)) {
            throw UnknownReference.of("item", "itemId", itemId);
        }
        List<VendorItem> all = vendors.supplies(null, List.of(itemId));
        if (preferred) {
            all.stream().filter(s -> !s.vendorId().equals(vendorId) && s.preferred()).forEach(VendorItem::notPreferred);
            vendors.flush();
        }
        VendorItem supply = all.stream().filter(s -> s.vendorId().equals(vendorId)).findFirst().orElse(null);
        if (supply == null) {
            supply = new VendorItem(vendorId, itemId);
            supply.change(partNumber, unitCost, leadTimeDays, preferred);
            vendors.add(supply);
        } else {
            supply.change(partNumber, unitCost, leadTimeDays, preferred);
        }
        return supply;
    }

    public List<VendorItem> supplies(UUID vendorId) {
        require(vendorId);
        return vendors.supplies(vendorId, null);
    }

    public List<Vendor> page(String afterName, int limit) {
        return vendors.page(afterName, limit);
    }
}
