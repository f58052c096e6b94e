package org.consigna.platform.module;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.logging.Logger;

/** The installed modules, discovered once with {@link ServiceLoader} and kept in dependency order. */
@ApplicationScoped
public class ModuleRegistry {

    private static final Logger LOG = Logger.getLogger(ModuleRegistry.class.getName());

    private List<ConsignaModule> modules;

    /** A registry of the given modules, ordered; for tools and tests that run without a container. */
    public static ModuleRegistry of(List<ConsignaModule> modules) {
        ModuleRegistry registry = new ModuleRegistry();
        registry.modules = ModuleOrder.sort(modules);
        return registry;
    }

    @PostConstruct
    void discover() {
        // The contract's loader is the application's: it sees every jar in WEB-INF/lib.
        List<ConsignaModule> found = new ArrayList<>();
        ServiceLoader.load(ConsignaModule.class, ConsignaModule.class.getClassLoader()).forEach(found::add);
        modules = ModuleOrder.sort(found);
        for (ConsignaModule module : modules) {
            LOG.info(() -> "Module '" + module.id() + "' (" + module.getClass().getName() + ") depends on "
                    + module.dependsOn() + (module.isTenantModule() ? ", tenant schema changelog " + module.tenantChangelog().get() : ""));
        }
    }

    /** All modules, dependencies first. */
    public List<ConsignaModule> all() {
        return modules;
    }

    public Optional<ConsignaModule> find(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Modules enabled per tenant, dependencies first. */
    public List<ConsignaModule> tenantModules() {
        return modules.stream().filter(ConsignaModule::isTenantModule).toList();
    }

    /** The module a class belongs to: the one whose declaring class shares the longest package prefix. */
    public Optional<ConsignaModule> moduleOf(Class<?> type) {
        String name = type.getName();
        ConsignaModule best = null;
        for (ConsignaModule module : modules) {
            String prefix = module.getClass().getPackageName() + ".";
            if (name.startsWith(prefix) && (best == null || prefix.length() > best.getClass().getPackageName().length() + 1)) {
                best = module;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The given ids plus everything they depend on, in dependency order. */
    public List<ConsignaModule> withDependencies(Collection<String> ids) {
        Set<String> wanted = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (wanted.add(id)) {
                ConsignaModule module = find(id).orElseThrow(() -> new UnknownModuleException(id));
                todo.addAll(module.dependsOn());
            }
        }
        return modules.stream().filter(m -> wanted.contains(m.id())).toList();
    }
}
