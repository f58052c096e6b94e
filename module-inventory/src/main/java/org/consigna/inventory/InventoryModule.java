package org.consigna.inventory;

import java.util.Optional;
import java.util.Set;
import org.consigna.inventory.domain.catalog.Item;
import org.consigna.inventory.domain.catalog.ProductLine;
import org.consigna.platform.value.Address;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.custody.Location;
import org.consigna.inventory.domain.device.Device;
import org.consigna.inventory.domain.device.DeviceNote;
import org.consigna.inventory.domain.device.DeviceData;
import org.consigna.inventory.domain.device.DeviceTag;
import org.consigna.inventory.domain.ledger.LedgerEntry;
import org.consigna.inventory.domain.transfer.Transfer;
import org.consigna.inventory.domain.transfer.TransferLine;
import org.consigna.platform.module.ConsignaModule;

/**
 * Declares the inventory module: its tenant tables (db/inventory) and its JPA classes. Members
 * come from the identity module, reached only through its api package.
 */
public class InventoryModule implements ConsignaModule {

    public static final String ID = "inventory";

    /** Named, not imported: modules meet only through api packages. */
    private static final String IDENTITY = "identity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of(IDENTITY);
    }

    @Override
    public Optional<String> tenantChangelog() {
        return Optional.of("db/inventory/changelog.xml");
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(ProductLine.class, Item.class,
                Location.class, Address.class, Custodian.class,
                DeviceData.class, Device.class, DeviceTag.class, DeviceNote.class,
                LedgerEntry.class,
                Transfer.class, TransferLine.class);
    }
}
