package org.qinqing.hall.cases.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.qinqing.hall.cases.CaseEvents;

public class CaseListenersTest {
    private final CaseEvents first = (tx, e) -> { };
    private final CaseEvents second = (tx, e) -> { };

    @Test
    public void listenersComeInServiceOrderAndGoByServiceId() {
        CaseListeners listeners = new CaseListeners();
        listeners.bind(second, Map.of("service.id", 12L));
        listeners.bind(first, Map.of("service.id", 7L));
        assertEquals(List.of(first, second), List.copyOf(listeners));
        listeners.unbind(first, Map.of("service.id", 7L));
        assertEquals(List.of(second), List.copyOf(listeners));
    }

    @Test
    public void blueprintsCallWithoutAServiceWhenTheListStartsEmptyChangesNothing() {
        CaseListeners listeners = new CaseListeners();
        listeners.bind(first, Map.of("service.id", 7L));
        listeners.unbind(null, Map.of());
        listeners.unbind(null, null);
        listeners.bind(null, Map.of());
        assertEquals(List.of(first), List.copyOf(listeners));
    }
}
