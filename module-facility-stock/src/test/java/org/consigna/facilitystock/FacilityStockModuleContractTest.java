package org.consigna.facilitystock;

import org.consigna.testsupport.ModuleContract;
import org.junit.jupiter.api.Test;

/** The jar registers the module, holds its changelogs and beans.xml, and {@code entities()} names exactly its JPA classes. */
class FacilityStockModuleContractTest {

    @Test
    void keepsTheModuleContract() {
        ModuleContract.verify(FacilityStockModule.class);
    }
}
