package org.consigna.billing;

import org.consigna.testsupport.ModuleContract;
import org.junit.jupiter.api.Test;

/** The jar registers the module, holds its changelogs and beans.xml, and {@code entities()} names exactly its JPA classes. */
class BillingModuleContractTest {

    @Test
    void keepsTheModuleContract() {
        ModuleContract.verify(BillingModule.class);
    }
}
