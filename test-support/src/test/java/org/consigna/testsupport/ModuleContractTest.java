package org.consigna.testsupport;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.consigna.testsupport.broken.BrokenModule;
import org.consigna.testsupport.good.GoodModule;
import org.junit.jupiter.api.Test;

class ModuleContractTest {

    @Test
    void aModuleThatKeepsTheContractPasses() {
        ModuleContract.verify(GoodModule.class);
    }

    @Test
    void everyBreachIsNamed() {
        String message = assertThrows(AssertionError.class, () -> ModuleContract.verify(BrokenModule.class)).getMessage();
        assertTrue(message.contains("does not list org.consigna.testsupport.broken.BrokenModule"), message);
        assertTrue(message.contains("platform changelog db/broken/platform-changelog.xml is missing"), message);
        assertTrue(message.contains("org.consigna.testsupport.broken.Forgotten is a JPA class of the module but not in entities()"), message);
        assertTrue(message.contains("org.consigna.testsupport.broken.NotAnEntity is in entities() but is no @Entity"), message);
    }
}
