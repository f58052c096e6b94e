package org.consigna.server;

import org.consigna.probe.ProbeModule;
import org.consigna.testsupport.ModuleContract;
import org.junit.jupiter.api.Test;

/** The probe module jar, as {@link ConsignaWar} packs it, keeps the contract every module jar keeps. */
class ProbeModuleContractTest {

    @Test
    void theProbeJarKeepsTheModuleContract() {
        ModuleContract.verify(ProbeModule.class, ConsignaWar.probeModuleFile());
    }
}
