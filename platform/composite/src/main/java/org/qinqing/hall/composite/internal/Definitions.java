package org.qinqing.hall.composite.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.CompositeInfo;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.DepartmentStatus;
import org.qinqing.hall.spi.Composite;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.Step;

/** What a registered composite looks like now: which steps' departments run, its shared form, its critical path. */
final class Definitions {
    private final Catalogue catalogue;

    Definitions(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** @return the step's item, if its department offers it now */
    Optional<CatalogueItem> item(Step s) {
        return catalogue.item(s.itemCode()).filter(ci -> ci.department().equals(s.department()));
    }

    /** @return why the step's item is not available, or {@code null} when it is */
    String missing(Step s) {
        if (item(s).isPresent()) {
            return null;
        }
        Optional<DepartmentInfo> d = catalogue.department(s.department());
        if (d.isEmpty()) {
            return "department " + s.department() + " is not deployed (step " + s.id() + ")";
        }
        if (d.get().status() == DepartmentStatus.ACTIVE) {
            return "department " + s.department() + " (" + d.get().name() + ") offers no item " + s.itemCode() + " (step " + s.id() + ")";
        }
        return "department " + s.department() + " (" + d.get().name() + ") is " + d.get().status().name().toLowerCase(java.util.Locale.ROOT)
                + " (step " + s.id() + ")";
    }

    CompositeInfo info(Registry.Entry e) {
        Composite c = e.composite();
        List<CompositeInfo.StepInfo> steps = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, FormField> fields = new LinkedHashMap<>();
        Map<String, Material> materials = new LinkedHashMap<>();
        int sequentialVisits = 0;
        for (Step s : c.steps()) {
            Optional<CatalogueItem> ci = item(s);
            String why = missing(s);
            if (why != null) {
                missing.add(why);
            }
            Optional<DepartmentInfo> d = catalogue.department(s.department());
            steps.add(new CompositeInfo.StepInfo(s.id(), s.itemCode(), ci.map(i -> i.item().name()).orElse(null), s.department(),
                    d.map(DepartmentInfo::name).orElse(null), s.dependsOn(), ci.map(i -> i.item().promisedLimit()).orElse(0),
                    ci.map(i -> i.item().legalLimit()).orElse(0), ci.isPresent()));
            if (ci.isPresent()) {
                sequentialVisits += ci.get().item().maxVisits();
                shared(s, ci.get(), fields, materials);
            }
        }
        String status = e.refused() ? "REFUSED" : missing.isEmpty() ? "ACTIVE" : "UNAVAILABLE";
        String message = e.refused() ? e.refusal() : missing.isEmpty() ? null : "closed to new applications: " + String.join("; ", missing);
        Map<String, Integer> promised = new LinkedHashMap<>();
        Map<String, Integer> legal = new LinkedHashMap<>();
        steps.forEach(s -> {
            promised.put(s.id(), s.promisedDays());
            legal.put(s.id(), s.legalDays());
        });
        Graph g = e.graph();
        return new CompositeInfo(c.code(), c.name(), c.description(), c.party(), status, message, e.bundle(), e.version(), steps,
                g == null ? 0 : g.criticalPath(s -> promised.get(s.id())), g == null ? 0 : g.criticalPath(s -> legal.get(s.id())),
                g == null ? 0 : g.sequential(s -> promised.get(s.id())), g == null ? 0 : g.sequential(s -> legal.get(s.id())),
                sequentialVisits > 0 ? 1 : 0, sequentialVisits, List.copyOf(fields.values()), List.copyOf(materials.values()));
    }

    /** Adds what the step takes from the shared form and materials. */
    private static void shared(Step s, CatalogueItem ci, Map<String, FormField> fields, Map<String, Material> materials) {
        for (FormField f : ci.item().fields()) {
            if (s.values().containsKey(f.key())) {
                continue;
            }
            String key = s.fields().getOrDefault(f.key(), f.key());
            FormField known = fields.get(key);
            if (known == null || f.required() && !known.required()) {
                fields.put(key, key.equals(f.key()) ? f : renamed(f, key));
            }
        }
        for (Material m : ci.item().materials()) {
            if (s.results().containsKey(m.code())) {
                continue;
            }
            String code = s.materials().getOrDefault(m.code(), m.code());
            Material known = materials.get(code);
            if (known == null || m.required() && !known.required()) {
                materials.put(code, code.equals(m.code()) ? m : renamed(m, code));
            }
        }
    }

    private static FormField renamed(FormField f, String key) {
        FormField.Builder b = FormField.of(key, f.label(), f.type()).options(f.options().toArray(String[]::new));
        if (f.maxLength() > 0) {
            b.maxLength(f.maxLength());
        }
        return f.required() ? b.build() : b.optional().build();
    }

    private static Material renamed(Material m, String code) {
        Material.Builder b = Material.of(code, m.name()).form(m.form()).note(m.note());
        if (m.reusable()) {
            b.reusable(m.kind());
        }
        return m.required() ? b.build() : b.optional().build();
    }
}
