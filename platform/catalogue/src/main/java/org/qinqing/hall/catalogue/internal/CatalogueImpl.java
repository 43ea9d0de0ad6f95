package org.qinqing.hall.catalogue.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.DepartmentStatus;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.ItemQuery;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue: department registrations kept under one lock, published to readers as an
 * immutable {@link View} so searches never wait for a bundle coming or going.
 */
public final class CatalogueImpl implements Catalogue {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueImpl.class);

    private final Map<String, Registration> active = new TreeMap<>();
    private final Map<String, DepartmentInfo> withdrawn = new TreeMap<>();
    /** Refused registrations by service id, kept to retry when the holder of their codes leaves. */
    private final Map<Long, Registration> refusedRegs = new TreeMap<>();
    private final Map<Long, DepartmentInfo> refused = new TreeMap<>();
    private CatalogueEvents events;
    /** Items of departments that left, so intake can say 503 (department away) rather than 404. */
    private final Map<String, String> withdrawnItemOwners = new TreeMap<>();
    private volatile View view = View.EMPTY;

    /** @param events where department arrivals and departures are announced */
    public CatalogueImpl(CatalogueEvents events) {
        this.events = events;
    }

    /** For Blueprint: the events are set after construction (the listener tracker also needs the catalogue). */
    public CatalogueImpl() {
        this(null);
    }

    /** @param events where department arrivals and departures are announced */
    public void setEvents(CatalogueEvents events) {
        this.events = events;
    }

    /**
     * A department plugin service arrived: check it, refuse it if it breaks the contract or
     * claims a code another bundle holds, else publish its items.
     */
    public void add(long serviceId, DepartmentPlugin plugin, String bundle, String version) {
        List<String> violations = DepartmentContract.violations(plugin);
        DepartmentInfo announced;
        synchronized (this) {
            if (!violations.isEmpty()) {
                refuse(serviceId, null, plugin, bundle, version,
                        "breaks the department contract: " + String.join("; ", violations));
                publish();
                return;
            }
            Registration reg = Registration.read(serviceId, plugin, bundle, version);
            String conflict = conflict(reg);
            if (conflict != null) {
                refuse(serviceId, reg, plugin, bundle, version, conflict);
                publish();
                return;
            }
            activate(reg);
            announced = reg.info(DepartmentStatus.ACTIVE, "");
            publish();
        }
        events.active(announced);
    }

    /** A department plugin service left: withdraw its items, keep its name for its cases. */
    public void remove(long serviceId) {
        List<DepartmentInfo> gone = new ArrayList<>();
        List<DepartmentInfo> back = new ArrayList<>();
        synchronized (this) {
            refusedRegs.remove(serviceId);
            refused.remove(serviceId);
            Registration leaving = null;
            for (Registration r : active.values()) {
                if (r.serviceId == serviceId) {
                    leaving = r;
                }
            }
            if (leaving != null) {
                active.remove(leaving.code);
                DepartmentInfo info = leaving.info(DepartmentStatus.WITHDRAWN,
                        "bundle " + leaving.bundle + " " + leaving.version + " stopped; items withdrawn from intake, cases kept");
                withdrawn.put(leaving.code, info);
                for (String item : leaving.items.keySet()) {
                    withdrawnItemOwners.put(item, leaving.code);
                }
                gone.add(info);
                LOG.info("Department {} ({}) withdrawn: {} items leave the catalogue", leaving.code, leaving.name, leaving.items.size());
                back.addAll(retryRefused());
            }
            publish();
        }
        gone.forEach(events::withdrawn);
        back.forEach(events::active);
    }

    private List<DepartmentInfo> retryRefused() {
        List<DepartmentInfo> now = new ArrayList<>();
        for (Registration r : new ArrayList<>(refusedRegs.values())) {
            if (conflict(r) == null) {
                refusedRegs.remove(r.serviceId);
                refused.remove(r.serviceId);
                activate(r);
                now.add(r.info(DepartmentStatus.ACTIVE, ""));
            }
        }
        return now;
    }

    private void activate(Registration reg) {
        active.put(reg.code, reg);
        withdrawn.remove(reg.code);
        LOG.info("Department {} ({}) active: {} items from {} {}", reg.code, reg.name, reg.items.size(), reg.bundle, reg.version);
    }

    private void refuse(long serviceId, Registration reg, DepartmentPlugin plugin, String bundle, String version, String why) {
        String code = safeCode(plugin);
        String message = "refused: " + why;
        LOG.error("Department plugin {} from bundle {} {} {}", code, bundle, version, message);
        if (reg != null) {
            refusedRegs.put(serviceId, reg);
        }
        refused.put(serviceId, new DepartmentInfo(code, safeName(plugin), null, 0, bundle, version, DepartmentStatus.REFUSED, message));
    }

    /** @return why the registration clashes with an active one, or {@code null} */
    private String conflict(Registration reg) {
        Registration holder = active.get(reg.code);
        if (holder != null) {
            return "department code " + reg.code + " is already registered by bundle " + holder.bundle + " " + holder.version;
        }
        for (Registration other : active.values()) {
            for (String item : reg.items.keySet()) {
                if (other.items.containsKey(item)) {
                    return "item code " + item + " is already offered by department " + other.code
                            + " (bundle " + other.bundle + " " + other.version + ")";
                }
            }
        }
        return null;
    }

    private void publish() {
        List<DepartmentInfo> infos = new ArrayList<>();
        Map<String, CatalogueItem> items = new LinkedHashMap<>();
        Map<String, String> withdrawnItems = new LinkedHashMap<>();
        for (Registration r : active.values()) {
            infos.add(r.info(DepartmentStatus.ACTIVE, ""));
            items.putAll(r.items);
        }
        infos.addAll(withdrawn.values());
        infos.addAll(refused.values());
        infos.sort(Comparator.comparing((DepartmentInfo d) -> d.status().ordinal()).thenComparing(DepartmentInfo::code));
        Map<String, Map<String, ApprovalHandler>> handlers = new LinkedHashMap<>();
        for (Registration r : active.values()) {
            handlers.put(r.code, Map.copyOf(r.handlers));
        }
        for (Map.Entry<String, String> e : withdrawnItemOwners.entrySet()) {
            if (!items.containsKey(e.getKey())) {
                withdrawnItems.put(e.getKey(), e.getValue());
            }
        }
        view = new View(List.copyOf(infos), Map.copyOf(items), Map.copyOf(handlers), Map.copyOf(withdrawn),
                Map.copyOf(withdrawnItems), new ItemIndex(new ArrayList<>(items.values())), Reports.of(items.values()));
    }

    @Override
    public List<DepartmentInfo> departments() {
        return view.departments();
    }

    @Override
    public Optional<DepartmentInfo> department(String code) {
        return view.departments().stream().filter(d -> d.code().equals(code) && d.status() != DepartmentStatus.REFUSED).findFirst();
    }

    @Override
    public List<CatalogueItem> items(ItemQuery query) {
        return view.index().search(query);
    }

    @Override
    public Optional<CatalogueItem> item(String code) {
        return Optional.ofNullable(view.items().get(code));
    }

    @Override
    public CatalogueItem require(String code) {
        View v = view;
        CatalogueItem item = v.items().get(code);
        if (item == null) {
            String owner = v.withdrawnItems().get(code);
            if (owner != null) {
                DepartmentInfo d = v.withdrawn().get(owner);
                throw HallException.unavailable("department_unavailable", "item " + code + " is withdrawn from intake: department "
                        + owner + (d == null ? "" : " (" + d.name() + ")") + " is not running right now; it returns when the department does");
            }
            throw HallException.notFound("unknown_item", "no department offers an item with code '" + code + "'");
        }
        return item;
    }

    @Override
    public ApprovalHandler handler(String departmentCode, String itemCode) {
        View v = view;
        Map<String, ApprovalHandler> handlers = v.handlers().get(departmentCode);
        if (handlers == null) {
            DepartmentInfo gone = v.withdrawn().get(departmentCode);
            String name = gone == null ? departmentCode : departmentCode + " (" + gone.name() + ")";
            throw HallException.unavailable("department_unavailable", "department " + name
                    + " is not available right now: its bundle is not running. The case is kept and continues when the department returns.");
        }
        ApprovalHandler h = handlers.get(itemCode);
        if (h == null) {
            throw HallException.unavailable("item_unavailable", "department " + departmentCode
                    + " no longer offers item " + itemCode + " in its running version");
        }
        return h;
    }

    @Override
    public org.qinqing.hall.api.CatalogueReport report() {
        return view.report();
    }

    private static String safeCode(DepartmentPlugin p) {
        try {
            return String.valueOf(p.code());
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static String safeName(DepartmentPlugin p) {
        try {
            return String.valueOf(p.name());
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /** What readers see: fixed until the next registration change. */
    private record View(List<DepartmentInfo> departments, Map<String, CatalogueItem> items,
            Map<String, Map<String, ApprovalHandler>> handlers, Map<String, DepartmentInfo> withdrawn,
            Map<String, String> withdrawnItems, ItemIndex index, org.qinqing.hall.api.CatalogueReport report) {
        static final View EMPTY = new View(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), new ItemIndex(List.of()),
                Reports.of(List.of()));
    }
}
