package org.consigna.inventory;

import java.util.Optional;
import java.util.Set;
import org.consigna.platform.module.ConsignaModule;

/** Declares the inventory module to the platform. */
public class InventoryModule implements ConsignaModule {

    public static final String ID = "inventory";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<String> tenantChangelog() {
        return Optional.of("db/inventory/changelog.xml");
    }

    @Override
    public Set<String> permissions() {
        return Set.of("inventory:catalog", "inventory:receive", "inventory:transfer", "inventory:adjust");
    }
}
