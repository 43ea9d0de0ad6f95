package org.qinqing.hall.cases.internal;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qinqing.hall.cases.CaseEvents;

/**
 * The modules that follow case changes ({@link CaseEvents}), kept up to date by Blueprint's
 * reference listener. Every write of a case iterates them; a plain immutable snapshot costs
 * nothing to iterate, where Blueprint's managed collection takes a lock and registers an
 * iterator each time.
 */
public final class CaseListeners extends AbstractList<CaseEvents> {
    private final Map<Long, CaseEvents> byServiceId = new TreeMap<>();
    private volatile List<CaseEvents> snapshot = List.of();

    public synchronized void bind(CaseEvents listener, Map<String, ?> properties) {
        Long id = serviceId(properties);
        if (listener != null && id != null) {
            byServiceId.put(id, listener);
            snapshot = List.copyOf(byServiceId.values());
        }
    }

    /** Also called by Blueprint with no service at all, when the list starts empty. */
    public synchronized void unbind(CaseEvents listener, Map<String, ?> properties) {
        Long id = serviceId(properties);
        if (id != null) {
            byServiceId.remove(id);
            snapshot = List.copyOf(byServiceId.values());
        }
    }

    private static Long serviceId(Map<String, ?> properties) {
        return properties != null && properties.get("service.id") instanceof Number n ? n.longValue() : null;
    }

    @Override
    public Iterator<CaseEvents> iterator() {
        return snapshot.iterator();
    }

    @Override
    public CaseEvents get(int index) {
        return snapshot.get(index);
    }

    @Override
    public int size() {
        return snapshot.size();
    }
}
