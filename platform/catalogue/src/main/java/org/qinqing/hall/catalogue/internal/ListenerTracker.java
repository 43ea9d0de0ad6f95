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

    private volatile CatalogueImpl catalogue;

    /** @param context this bundle's context */
    public ListenerTracker(BundleContext context) {
        super(context, CatalogueListener.class, null);
    }

    /** @param catalogue whose active departments a new listener is told about first */
    public void setCatalogue(CatalogueImpl catalogue) {
        this.catalogue = catalogue;
    }

    /** A listener that arrives late is told about every department already active (whiteboard initial state). */
    @Override
    public CatalogueListener addingService(org.osgi.framework.ServiceReference<CatalogueListener> ref) {
        CatalogueListener l = super.addingService(ref);
        CatalogueImpl c = catalogue;
        if (l != null && c != null) {
            for (DepartmentInfo d : c.departments()) {
                if (d.status() == org.qinqing.hall.api.DepartmentStatus.ACTIVE) {
                    try {
                        l.departmentActive(d);
                    } catch (RuntimeException e) {
                        LOG.error("Catalogue listener {} failed on department {}", l, d.code(), e);
                    }
                }
            }
        }
        return l;
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
