package org.consigna.purchasing;

import java.util.Optional;
import java.util.Set;
import org.consigna.platform.module.ConsignaModule;
import org.consigna.purchasing.domain.count.CountLine;
import org.consigna.purchasing.domain.count.PhysicalCount;
import org.consigna.purchasing.domain.kit.Kit;
import org.consigna.purchasing.domain.kit.KitAssignment;
import org.consigna.purchasing.domain.kit.KitItem;
import org.consigna.purchasing.domain.order.PurchaseOrder;
import org.consigna.purchasing.domain.order.PurchaseOrderLine;
import org.consigna.purchasing.domain.order.PurchaseOrderReceipt;
import org.consigna.purchasing.domain.requisition.Requisition;
import org.consigna.purchasing.domain.requisition.RequisitionLine;
import org.consigna.purchasing.domain.spillage.ReasonCode;
import org.consigna.purchasing.domain.spillage.Rma;
import org.consigna.purchasing.domain.spillage.RmaLine;
import org.consigna.purchasing.domain.spillage.SpillageLine;
import org.consigna.purchasing.domain.spillage.SpillageReport;
import org.consigna.purchasing.domain.template.InventoryTemplate;
import org.consigna.purchasing.domain.template.PurchasingSetting;
import org.consigna.purchasing.domain.template.Recipient;
import org.consigna.purchasing.domain.template.RecipientOverride;
import org.consigna.purchasing.domain.template.TemplateLine;
import org.consigna.purchasing.domain.vendor.Vendor;
import org.consigna.purchasing.domain.vendor.VendorItem;

/** Declares the purchasing module: its tenant tables and entities. */
public class PurchasingModule implements ConsignaModule {

    public static final String ID = "purchasing";

    /** Inventory (stock and the ledger) and identity, reached only through their api packages. Named, not imported. */
    private static final Set<String> NEEDS = Set.of("inventory", "identity");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> dependsOn() {
        return NEEDS;
    }

    @Override
    public Optional<String> tenantChangelog() {
        return Optional.of("db/purchasing/changelog.xml");
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Vendor.class, VendorItem.class, InventoryTemplate.class, TemplateLine.class, Recipient.class,
                RecipientOverride.class, PurchasingSetting.class, PurchaseOrder.class, PurchaseOrderLine.class,
                PurchaseOrderReceipt.class, PhysicalCount.class, CountLine.class,
                ReasonCode.class, SpillageReport.class, SpillageLine.class, Rma.class, RmaLine.class,
                Requisition.class, RequisitionLine.class, Kit.class, KitItem.class, KitAssignment.class);
    }
}
