package org.qinqing.hall.composite.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.qinqing.hall.spi.CompositePlugin;

/** Follows {@link CompositePlugin} services (the whiteboard) into the registry. */
public final class CompositeTracker extends ServiceTracker<CompositePlugin, CompositePlugin> {
    private final CompositeService service;

    /** @param context this bundle's context @param service where composites go */
    public CompositeTracker(BundleContext context, CompositeService service) {
        super(context, CompositePlugin.class, null);
        this.service = service;
    }

    @Override
    public CompositePlugin addingService(ServiceReference<CompositePlugin> ref) {
        CompositePlugin plugin = context.getService(ref);
        if (plugin == null) {
            return null;
        }
        Bundle b = ref.getBundle();
        service.registry().add((Long) ref.getProperty("service.id"), plugin, b.getSymbolicName(), b.getVersion().toString());
        return plugin;
    }

    @Override
    public void removedService(ServiceReference<CompositePlugin> ref, CompositePlugin plugin) {
        service.registry().remove((Long) ref.getProperty("service.id"));
        context.ungetService(ref);
    }
}
