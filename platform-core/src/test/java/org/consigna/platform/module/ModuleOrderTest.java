package org.consigna.platform.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleOrderTest {

    record Module(String id, Set<String> dependsOn) implements ConsignaModule {
        static Module of(String id, String... deps) {
            return new Module(id, Set.of(deps));
        }
    }

    private static List<String> ids(List<ConsignaModule> modules) {
        return modules.stream().map(ConsignaModule::id).toList();
    }

    @Test
    void dependenciesComeFirst() {
        List<ConsignaModule> sorted = ModuleOrder.sort(List.of(
                Module.of("billing", "events"), Module.of("facility-stock", "events", "inventory"),
                Module.of("events", "inventory"), Module.of("inventory", "tenant-config"), Module.of("tenant-config")));
        List<String> ids = ids(sorted);
        assertThat(ids).containsExactly("tenant-config", "inventory", "events", "billing", "facility-stock");
    }

    @Test
    void theOrderIsStableWhateverTheDiscoveryOrder() {
        List<ConsignaModule> one = ModuleOrder.sort(List.of(Module.of("b"), Module.of("a"), Module.of("c", "b")));
        List<ConsignaModule> two = ModuleOrder.sort(List.of(Module.of("c", "b"), Module.of("b"), Module.of("a")));
        assertThat(ids(one)).isEqualTo(ids(two)).containsExactly("a", "b", "c");
    }

    @Test
    void aMissingDependencyNamesBothModules() {
        assertThatThrownBy(() -> ModuleOrder.sort(List.of(Module.of("events", "inventory"), Module.of("billing"))))
                .isInstanceOf(ModuleGraphException.class)
                .hasMessageContaining("'events'")
                .hasMessageContaining("[inventory]")
                .hasMessageContaining("not installed");
    }

    @Test
    void aCycleIsReportedWithItsPath() {
        assertThatThrownBy(() -> ModuleOrder.sort(List.of(
                Module.of("a", "b"), Module.of("b", "c"), Module.of("c", "a"), Module.of("d"))))
                .isInstanceOf(ModuleGraphException.class)
                .hasMessage("Module dependency cycle: a -> b -> c -> a");
    }

    @Test
    void aModuleDependingOnItselfIsACycle() {
        assertThatThrownBy(() -> ModuleOrder.sort(List.of(Module.of("a", "a"))))
                .hasMessage("Module dependency cycle: a -> a");
    }

    @Test
    void aDuplicateIdIsRefused() {
        assertThatThrownBy(() -> ModuleOrder.sort(List.of(Module.of("a"), Module.of("a"))))
                .isInstanceOf(ModuleGraphException.class)
                .hasMessageContaining("declared twice");
    }
}
