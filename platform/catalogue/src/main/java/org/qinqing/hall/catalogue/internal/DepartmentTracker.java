package org.qinqing.hall.catalogue.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.qinqing.hall.spi.DepartmentPlugin;

/** Follows {@link DepartmentPlugin} services (the whiteboard) and feeds them to the catalogue. */
public final class DepartmentTracker extends ServiceTracker<DepartmentPlugin, DepartmentPlugin> {
    private final CatalogueImpl catalogue;

    /** @param context this bundle's context @param catalogue where registrations go */
    public DepartmentTracker(BundleContext context, CatalogueImpl catalogue) {
        super(context, DepartmentPlugin.class, null);
        this.catalogue = catalogue;
    }

    @Override
    public DepartmentPlugin addingService(ServiceReference<DepartmentPlugin> ref) {
        DepartmentPlugin plugin = context.getService(ref);
        if (plugin == null) {
            return null;
        }
        Bundle b = ref.getBundle();
        catalogue.add(id(ref), plugin, b.getSymbolicName(), b.getVersion().toString());
        return plugin;
    }

    @Override
    public void removedService(ServiceReference<DepartmentPlugin> ref, DepartmentPlugin plugin) {
        catalogue.remove(id(ref));
        context.ungetService(ref);
    }

    private static long id(ServiceReference<?> ref) {
        return (Long) ref.getProperty("service.id");
    }
}
