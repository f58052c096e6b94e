package org.consigna.events.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BehavioursTest {

    @Test
    void serviceLoaderFindsTheCaseBehaviourThisModuleRegisters() {
        var found = Behaviours.discover(Behaviours.class.getClassLoader());
        assertThat(found).containsKey("case");
        assertThat(found.get("case").displayName()).isEqualTo("Case");
        assertThat(found.get("case").billingByDefault()).isTrue();
    }
}
