package org.consigna.platform.module;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Orders modules so that every module comes after the modules it depends on. */
public final class ModuleOrder {

    private ModuleOrder() {
    }

    /**
     * @return the modules, dependencies first; ties broken by id so the order is stable
     * @throws ModuleGraphException naming the modules involved when the graph is not a DAG
     */
    public static List<ConsignaModule> sort(List<ConsignaModule> modules) {
        Map<String, ConsignaModule> byId = new LinkedHashMap<>();
        for (ConsignaModule module : modules) {
            ConsignaModule previous = byId.putIfAbsent(module.id(), module);
            if (previous != null) {
                throw new ModuleGraphException("Module id '" + module.id() + "' is declared twice: by "
                        + previous.getClass().getName() + " and " + module.getClass().getName());
            }
        }
        for (ConsignaModule module : modules) {
            List<String> missing = module.dependsOn().stream().filter(d -> !byId.containsKey(d)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new ModuleGraphException("Module '" + module.id() + "' depends on " + missing
                        + " which is not installed; installed modules: " + new TreeSet<>(byId.keySet()));
            }
        }
        List<ConsignaModule> sorted = new ArrayList<>();
        Map<String, Mark> marks = new LinkedHashMap<>();
        List<ConsignaModule> roots = new ArrayList<>(byId.values());
        roots.sort(Comparator.comparing(ConsignaModule::id));
        for (ConsignaModule module : roots) {
            visit(module, byId, marks, new ArrayDeque<>(), sorted);
        }
        return List.copyOf(sorted);
    }

    private enum Mark { VISITING, DONE }

    private static void visit(ConsignaModule module, Map<String, ConsignaModule> byId, Map<String, Mark> marks,
                              Deque<String> path, List<ConsignaModule> sorted) {
        Mark mark = marks.get(module.id());
        if (mark == Mark.DONE) {
            return;
        }
        path.addLast(module.id());
        if (mark == Mark.VISITING) {
            List<String> cycle = new ArrayList<>(path);
            throw new ModuleGraphException("Module dependency cycle: "
                    + cycle.subList(cycle.indexOf(module.id()), cycle.size()).stream().collect(Collectors.joining(" -> ")));
        }
        marks.put(module.id(), Mark.VISITING);
        module.dependsOn().stream().sorted().forEach(dep -> visit(byId.get(dep), byId, marks, path, sorted));
        marks.put(module.id(), Mark.DONE);
        path.removeLast();
        sorted.add(module);
    }
}
