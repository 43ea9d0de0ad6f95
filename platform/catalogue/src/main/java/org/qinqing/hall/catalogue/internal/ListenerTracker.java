package org.qinqing.hall.catalogue.internal;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.qinqing.hall.api.CatalogueListener;
import org.qinqing.hall.api.DepartmentInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Announces catalogue changes to every registered {@link CatalogueListener}; a failing listener is logged, not fatal. */
public final class ListenerTracker extends ServiceTracker<CatalogueListener, CatalogueListener> implements CatalogueEvents {
    private static final Logger LOG = LoggerFactory.getLogger(ListenerTracker.class);

    /** @param context this bundle's context */
    public ListenerTracker(BundleContext context) {
        super(context, CatalogueListener.class, null);
    }

    @Override
    public void active(DepartmentInfo department) {
        for (CatalogueListener l : getServices(new CatalogueListener[0])) {
            try {
                l.departmentActive(department);
            } catch (RuntimeException e) {
                LOG.error("Catalogue listener {} failed on department {}", l, department.code(), e);
            }
        }
    }

    @Override
    public void withdrawn(DepartmentInfo department) {
        for (CatalogueListener l : getServices(new CatalogueListener[0])) {
            try {
                l.departmentWithdrawn(department);
            } catch (RuntimeException e) {
                LOG.error("Catalogue listener {} failed on department {}", l, department.code(), e);
            }
        }
    }
}
