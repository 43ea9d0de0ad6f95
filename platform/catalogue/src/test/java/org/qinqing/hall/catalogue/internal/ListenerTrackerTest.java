package org.qinqing.hall.catalogue.internal;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.qinqing.hall.api.CatalogueListener;
import org.qinqing.hall.api.DepartmentInfo;

public class ListenerTrackerTest {
    private final List<String> told = new ArrayList<>();
    private ListenerTracker tracker;
    private CatalogueImpl catalogue;

    /** Stands for a department bundle that starts while the listener is being told about the ones already there. */
    private final CatalogueListener listener = new CatalogueListener() {
        @Override
        public void departmentActive(DepartmentInfo d) {
            told.add(d.code());
            if (d.code().equals("hr")) {
                catalogue.add(2, new FakeDepartment("police", "户口迁移"), "b.police", "1.0.0");
            }
        }

        @Override
        public void departmentWithdrawn(DepartmentInfo d) {
            told.add("-" + d.code());
        }
    };

    @Test
    public void aDepartmentActivatedWhileAListenerIsAddedIsToldToIt() {
        tracker = new ListenerTracker(context(listener));
        catalogue = new CatalogueImpl(tracker);
        tracker.setCatalogue(catalogue);
        catalogue.add(1, new FakeDepartment("hr", "在职人才引进"), "b.hr", "1.0.0");

        tracker.addingService(reference());

        assertEquals(List.of("hr", "police"), told);
        catalogue.remove(2);
        assertEquals(List.of("hr", "police", "-police"), told);
    }

    @SuppressWarnings("unchecked")
    private static ServiceReference<CatalogueListener> reference() {
        return (ServiceReference<CatalogueListener>) Proxy.newProxyInstance(ListenerTrackerTest.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    /** A bundle context that hands out the one listener; all a tracker's adding needs. */
    private static BundleContext context(CatalogueListener l) {
        return (BundleContext) Proxy.newProxyInstance(ListenerTrackerTest.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getService" -> l;
                    case "createFilter" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
