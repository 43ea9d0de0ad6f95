package org.qinqing.hall.composite.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.DepartmentStatus;
import org.qinqing.hall.spi.Composite;
import org.qinqing.hall.spi.CompositePlugin;
import org.qinqing.hall.spi.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composites offered by composite bundles. The graph and the items of running departments
 * are checked when a composite arrives; the first bundle to offer a code keeps it.
 */
final class Registry {
    private static final Logger LOG = LoggerFactory.getLogger(Registry.class);

    /**
     * A composite as registered.
     *
     * @param composite the definition
     * @param graph its graph, {@code null} when refused
     * @param bundle the bundle that offers it
     * @param version the bundle's version
     * @param serviceId the plugin service
     * @param refusal why it was refused, or {@code null}
     */
    record Entry(Composite composite, Graph graph, String bundle, String version, long serviceId, String refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    private final Catalogue catalogue;
    private final Map<Long, List<Entry>> byService = new LinkedHashMap<>();
    private volatile Map<String, Entry> accepted = Map.of();

    Registry(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    synchronized void add(long serviceId, CompositePlugin plugin, String bundle, String version) {
        List<Entry> entries = new ArrayList<>();
        List<Composite> composites;
        try {
            composites = List.copyOf(plugin.composites());
        } catch (RuntimeException e) {
            LOG.error("Composite bundle {} {} refused: its composites() failed", bundle, version, e);
            entries.add(new Entry(Composite.of("?", "?").step(Step.of("x", "x", "x")).build(), null, bundle, version, serviceId,
                    "composites() failed: " + e));
            byService.put(serviceId, entries);
            return;
        }
        Map<String, Entry> next = new LinkedHashMap<>(accepted);
        for (Composite c : composites) {
            String refusal = refusal(c, next);
            Graph graph = null;
            if (refusal == null) {
                try {
                    graph = Graph.of(c);
                } catch (IllegalArgumentException e) {
                    refusal = e.getMessage();
                }
            }
            Entry entry = new Entry(c, refusal == null ? graph : null, bundle, version, serviceId, refusal);
            entries.add(entry);
            if (refusal == null) {
                next.put(c.code(), entry);
                LOG.info("Composite {} ({}) of {} {} registered: {} steps", c.code(), c.name(), bundle, version, c.steps().size());
            } else {
                LOG.error("Composite {} of {} {} refused: {}", c.code(), bundle, version, refusal);
            }
        }
        byService.put(serviceId, entries);
        accepted = Map.copyOf(next);
    }

    synchronized void remove(long serviceId) {
        List<Entry> gone = byService.remove(serviceId);
        if (gone == null) {
            return;
        }
        Map<String, Entry> next = new LinkedHashMap<>(accepted);
        for (Entry e : gone) {
            if (!e.refused() && next.get(e.composite().code()) == e) {
                next.remove(e.composite().code());
                LOG.info("Composite {} withdrawn with bundle {} {}", e.composite().code(), e.bundle(), e.version());
            }
        }
        accepted = Map.copyOf(next);
    }

    /** @return why the composite cannot be registered before its graph is looked at, or {@code null} */
    private String refusal(Composite c, Map<String, Entry> taken) {
        Entry holder = taken.get(c.code());
        if (holder != null) {
            return "code " + c.code() + " is already offered by bundle " + holder.bundle() + " " + holder.version();
        }
        Optional<CatalogueItem> clash = catalogue.item(c.code());
        if (clash.isPresent()) {
            return "code " + c.code() + " is an item of department " + clash.get().department();
        }
        for (Step s : c.steps()) {
            Optional<DepartmentInfo> d = catalogue.department(s.department());
            if (d.isPresent() && d.get().status() == DepartmentStatus.ACTIVE) {
                Optional<CatalogueItem> item = catalogue.item(s.itemCode());
                if (item.isEmpty() || !item.get().department().equals(s.department())) {
                    return "step '" + s.id() + "': department " + s.department() + " (" + d.get().name() + ") offers no item "
                            + s.itemCode();
                }
            }
        }
        return null;
    }

    /** @param code a composite code @return the accepted composite */
    Optional<Entry> find(String code) {
        return Optional.ofNullable(accepted.get(code));
    }

    /** @return accepted composites by code, then refused ones */
    synchronized List<Entry> all() {
        List<Entry> out = new ArrayList<>(accepted.values());
        out.sort(Comparator.comparing(e -> e.composite().code()));
        byService.values().forEach(l -> l.stream().filter(Entry::refused).forEach(out::add));
        return out;
    }
}
