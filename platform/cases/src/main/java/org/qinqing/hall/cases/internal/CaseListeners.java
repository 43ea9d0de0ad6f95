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
        byServiceId.put(serviceId(properties), listener);
        snapshot = List.copyOf(byServiceId.values());
    }

    public synchronized void unbind(CaseEvents listener, Map<String, ?> properties) {
        byServiceId.remove(serviceId(properties));
        snapshot = List.copyOf(byServiceId.values());
    }

    private static Long serviceId(Map<String, ?> properties) {
        return ((Number) properties.get("service.id")).longValue();
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
