package org.consigna.billing;

import java.util.Optional;
import java.util.Set;
import org.consigna.billing.domain.close.BillingChange;
import org.consigna.billing.domain.close.BillingLine;
import org.consigna.billing.domain.close.BillingRecord;
import org.consigna.billing.domain.close.Invoice;
import org.consigna.billing.domain.close.InvoiceLine;
import org.consigna.billing.domain.close.PoDifference;
import org.consigna.billing.domain.close.Replenishment;
import org.consigna.billing.domain.close.Signature;
import org.consigna.platform.module.ConsignaModule;

/** Declares the billing module: its tenant tables and entities. */
public class BillingModule implements ConsignaModule {

    public static final String ID = "billing";

    /** Events, inventory and identity, reached only through their api packages. Named, not imported. */
    private static final Set<String> NEEDS = Set.of("events", "inventory", "identity");

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
        return Optional.of("db/billing/changelog.xml");
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(
                BillingRecord.class, BillingLine.class, Signature.class, BillingChange.class, PoDifference.class, Invoice.class, InvoiceLine.class, Replenishment.class
        );
    }
}
