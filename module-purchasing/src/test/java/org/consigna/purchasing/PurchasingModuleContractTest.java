package org.consigna.purchasing;

import org.consigna.testsupport.ModuleContract;
import org.junit.jupiter.api.Test;

/** The jar registers the module, holds its changelogs and beans.xml, and {@code entities()} names exactly its JPA classes. */
class PurchasingModuleContractTest {

    @Test
    void keepsTheModuleContract() {
        ModuleContract.verify(PurchasingModule.class);
    }
}
