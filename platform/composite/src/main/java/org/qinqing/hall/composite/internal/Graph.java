package org.qinqing.hall.composite.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.qinqing.hall.spi.Composite;
import org.qinqing.hall.spi.Step;
import org.qinqing.hall.spi.contract.CompositeContract;

/** The dependency graph of a composite's steps: its checks, its order and its critical path. */
final class Graph {
    private final List<Step> order;
    private final Map<String, Set<String>> before;

    private Graph(List<Step> order, Map<String, Set<String>> before) {
        this.order = order;
        this.before = before;
    }

    /**
     * @param c a composite
     * @return its graph
     * @throws IllegalArgumentException naming what {@link CompositeContract#graphViolations} finds
     */
    static Graph of(Composite c) {
        List<String> problems = CompositeContract.graphViolations(c);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Map<String, Step> byId = new LinkedHashMap<>();
        c.steps().forEach(s -> byId.put(s.id(), s));
        List<Step> order = topological(c.steps(), byId);
        Map<String, Set<String>> before = new HashMap<>();
        for (Step s : order) {
            Set<String> all = new HashSet<>();
            for (String d : s.dependsOn()) {
                all.add(d);
                all.addAll(before.get(d));
            }
            before.put(s.id(), all);
        }
        return new Graph(List.copyOf(order), before);
    }

    /** Kahn's algorithm: each step after the steps it depends on (the contract ruled out cycles). */
    private static List<Step> topological(List<Step> steps, Map<String, Step> byId) {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> next = new HashMap<>();
        for (Step s : steps) {
            waiting.put(s.id(), s.dependsOn().size());
            for (String d : s.dependsOn()) {
                next.computeIfAbsent(d, k -> new ArrayList<>()).add(s.id());
            }
        }
        Deque<String> ready = new ArrayDeque<>();
        steps.stream().filter(s -> s.dependsOn().isEmpty()).forEach(s -> ready.add(s.id()));
        List<Step> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            out.add(byId.get(id));
            for (String n : next.getOrDefault(id, List.of())) {
                if (waiting.merge(n, -1, Integer::sum) == 0) {
                    ready.add(n);
                }
            }
        }
        return out;
    }

    /** @return the steps, each after the steps it depends on */
    List<Step> order() {
        return order;
    }

    /** @param stepId a step @return the steps that come before it, directly or not */
    Set<String> before(String stepId) {
        return before.get(stepId);
    }

    /** @param days working days of a step @return the longest sum along a path of the graph (the critical path) */
    int criticalPath(ToIntFunction<Step> days) {
        Map<String, Integer> finish = new HashMap<>();
        int longest = 0;
        for (Step s : order) {
            int start = s.dependsOn().stream().mapToInt(finish::get).max().orElse(0);
            int end = start + days.applyAsInt(s);
            finish.put(s.id(), end);
            longest = Math.max(longest, end);
        }
        return longest;
    }

    /** @param days working days of a step @return their sum: the steps one after another */
    int sequential(ToIntFunction<Step> days) {
        return order.stream().mapToInt(days).sum();
    }
}
