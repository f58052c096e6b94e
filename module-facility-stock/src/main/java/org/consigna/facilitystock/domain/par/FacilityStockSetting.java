package org.consigna.facilitystock.domain.par;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The module's tenant settings (one row): whether a selling custodian may set par levels where they sold stock. */
@Entity
@Table(name = "facility_stock_setting")
public class FacilityStockSetting {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "custodians_set_par")
    private boolean custodiansSetPar;

    @Version
    private long version;

    protected FacilityStockSetting() {
    }

    public boolean custodiansSetPar() {
        return custodiansSetPar;
    }

    public void custodiansSetPar(boolean allowed) {
        this.custodiansSetPar = allowed;
    }
}
