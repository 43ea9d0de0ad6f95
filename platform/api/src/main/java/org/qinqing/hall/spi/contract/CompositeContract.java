package org.qinqing.hall.spi.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.qinqing.hall.spi.Composite;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.Step;

/**
 * The rules every composite keeps. The platform refuses a composite whose graph breaks one
 * ({@link #graphViolations}); composite builds also check it against the real member departments
 * in their unit tests with {@link #assertValid}.
 */
public final class CompositeContract {
    /** Composite codes: a lowercase slug of 2 to 64 characters. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    /** Step ids: a lowercase slug of 1 to 40 characters. */
    public static final Pattern STEP_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private CompositeContract() {
    }

    /**
     * @param c a composite
     * @return what is wrong with its graph: malformed or duplicate step ids, a dependency on an
     *         unknown step, a cycle, a result or an applicant taken from a step that does not come
     *         before; empty when the graph is sound
     */
    public static List<String> graphViolations(Composite c) {
        List<String> out = new ArrayList<>();
        if (!CODE.matcher(c.code()).matches()) {
            out.add("code '" + c.code() + "' is not a lowercase slug of 2 to 64 characters");
        }
        Map<String, Step> byId = new HashMap<>();
        for (Step s : c.steps()) {
            if (!STEP_ID.matcher(s.id()).matches()) {
                out.add("step id '" + s.id() + "' is not a lowercase slug of at most 40 characters");
            }
            if (byId.put(s.id(), s) != null) {
                out.add("step id '" + s.id() + "' is used twice");
            }
        }
        for (Step s : c.steps()) {
            for (String d : s.dependsOn()) {
                if (!byId.containsKey(d)) {
                    out.add("step '" + s.id() + "' comes after unknown step '" + d + "'");
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        List<String> cycle = cycle(c.steps());
        if (!cycle.isEmpty()) {
            out.add("the steps " + cycle + " depend on each other in a cycle");
            return out;
        }
        for (Step s : c.steps()) {
            Set<String> before = before(s, byId);
            s.results().forEach((material, from) -> {
                if (!before.contains(from)) {
                    out.add("step '" + s.id() + "' takes material '" + material + "' from step '" + from + "', which does not come before it");
                }
            });
            if (s.applicantFrom() != null && !before.contains(s.applicantFrom().step())) {
                out.add("step '" + s.id() + "' takes its applicant from step '" + s.applicantFrom().step()
                        + "', which does not come before it");
            }
        }
        return out;
    }

    /**
     * @param c a composite
     * @param members the departments it uses
     * @return everything {@link #graphViolations} finds, and every step whose department is not
     *         among the members or does not offer its item, every field or material a step maps
     *         that its item does not have, and every shared form field that two steps read with
     *         different types or choices
     */
    public static List<String> violations(Composite c, List<DepartmentPlugin> members) {
        List<String> out = new ArrayList<>(graphViolations(c));
        Map<String, FormField> shared = new HashMap<>();
        Map<String, String> sharedBy = new HashMap<>();
        for (Step s : c.steps()) {
            DepartmentPlugin d = members.stream().filter(m -> m.code().equals(s.department())).findFirst().orElse(null);
            Item item = d == null ? null : d.items().stream().filter(i -> i.code().equals(s.itemCode())).findFirst().orElse(null);
            if (item == null) {
                out.add("step '" + s.id() + "': department " + s.department() + " offers no item " + s.itemCode());
                continue;
            }
            Set<String> fields = new HashSet<>(item.fields().stream().map(FormField::key).toList());
            Set<String> materials = new HashSet<>(item.materials().stream().map(Material::code).toList());
            for (String f : s.fields().keySet()) {
                check(fields.contains(f), out, s, "maps field '" + f + "', which item " + item.code() + " does not have");
            }
            for (FormField f : item.fields()) {
                if (s.values().containsKey(f.key())) {
                    continue;
                }
                String key = s.fields().getOrDefault(f.key(), f.key());
                FormField seen = shared.putIfAbsent(key, f);
                if (seen != null && (seen.type() != f.type() || !seen.options().equals(f.options()))) {
                    out.add("shared field '" + key + "' is " + seen.type() + seen.options() + " for step '" + sharedBy.get(key)
                            + "' but " + f.type() + f.options() + " for step '" + s.id() + "': map one of them to another name"
                            + " (Step.field) or fix its value (Step.value)");
                }
                sharedBy.putIfAbsent(key, s.id());
            }
            for (String f : s.values().keySet()) {
                check(fields.contains(f), out, s, "fixes field '" + f + "', which item " + item.code() + " does not have");
            }
            for (String m : s.materials().keySet()) {
                check(materials.contains(m), out, s, "maps material '" + m + "', which item " + item.code() + " does not ask for");
            }
            for (String m : s.results().keySet()) {
                check(materials.contains(m), out, s, "feeds material '" + m + "', which item " + item.code() + " does not ask for");
            }
        }
        return out;
    }

    /** @throws AssertionError listing every violation */
    public static void assertValid(Composite c, List<DepartmentPlugin> members) {
        List<String> v = violations(c, members);
        if (!v.isEmpty()) {
            throw new AssertionError("composite " + c.code() + " breaks the contract:\n  " + String.join("\n  ", v));
        }
    }

    private static void check(boolean ok, List<String> out, Step s, String problem) {
        if (!ok) {
            out.add("step '" + s.id() + "' " + problem);
        }
    }

    private static Set<String> before(Step s, Map<String, Step> byId) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(s.dependsOn());
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (seen.add(id)) {
                todo.addAll(byId.get(id).dependsOn());
            }
        }
        return seen;
    }

    /** @return the steps left when those without open dependencies are peeled off one by one (Kahn); empty without a cycle */
    private static List<String> cycle(List<Step> steps) {
        Map<String, Integer> waiting = new HashMap<>();
        steps.forEach(s -> waiting.put(s.id(), s.dependsOn().size()));
        boolean progress = true;
        Set<String> done = new HashSet<>();
        while (progress) {
            progress = false;
            for (Step s : steps) {
                if (!done.contains(s.id()) && done.containsAll(s.dependsOn())) {
                    done.add(s.id());
                    progress = true;
                }
            }
        }
        return steps.stream().map(Step::id).filter(id -> !done.contains(id)).toList();
    }
}
