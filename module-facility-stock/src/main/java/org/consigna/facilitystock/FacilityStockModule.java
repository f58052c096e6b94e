package org.consigna.facilitystock;

import java.util.Optional;
import java.util.Set;
import org.consigna.facilitystock.domain.commission.CommissionLine;
import org.consigna.facilitystock.domain.commission.CommissionPayment;
import org.consigna.facilitystock.domain.commission.CommissionRate;
import org.consigna.facilitystock.domain.commission.CommissionSplit;
import org.consigna.facilitystock.domain.commission.NoCommission;
import org.consigna.facilitystock.domain.expiry.ExpiryDigest;
import org.consigna.facilitystock.domain.par.FacilityStockSetting;
import org.consigna.facilitystock.domain.par.LowLevelAlert;
import org.consigna.facilitystock.domain.par.ParLevel;
import org.consigna.platform.module.ConsignaModule;

/** Declares the facility-stock module: its tenant tables and entities. */
public class FacilityStockModule implements ConsignaModule {

    public static final String ID = "facility-stock";

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
        return Optional.of("db/facility-stock/changelog.xml");
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(ParLevel.class, LowLevelAlert.class, FacilityStockSetting.class, ExpiryDigest.class,
                CommissionRate.class, CommissionSplit.class, NoCommission.class, CommissionLine.class, CommissionPayment.class);
    }
}
