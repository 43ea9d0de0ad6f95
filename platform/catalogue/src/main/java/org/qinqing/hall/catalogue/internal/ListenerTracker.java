package org.qinqing.hall.catalogue.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.qinqing.hall.api.CatalogueListener;
import org.qinqing.hall.api.DepartmentInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces catalogue changes to every registered {@link CatalogueListener}; a failing listener is logged, not fatal.
 * A listener is announced to from the moment its replay of the active departments begins, not only once the
 * tracker holds it: a department activated during the replay is then told to it at least once (listeners take
 * a department twice in their stride), never missed — as the demo's approver account of the last department to
 * start was, now and then, when it arrived while the account service's listener was being added.
 */
public final class ListenerTracker extends ServiceTracker<CatalogueListener, CatalogueListener> implements CatalogueEvents {
    private static final Logger LOG = LoggerFactory.getLogger(ListenerTracker.class);

    private volatile CatalogueImpl catalogue;
    private final List<CatalogueListener> listeners = new CopyOnWriteArrayList<>();

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
    public CatalogueListener addingService(ServiceReference<CatalogueListener> ref) {
        CatalogueListener l = super.addingService(ref);
        if (l == null) {
            return null;
        }
        listeners.add(l);
        CatalogueImpl c = catalogue;
        if (c != null) {
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
    public void removedService(ServiceReference<CatalogueListener> ref, CatalogueListener l) {
        listeners.remove(l);
        super.removedService(ref, l);
    }

    @Override
    public void active(DepartmentInfo department) {
        for (CatalogueListener l : listeners) {
            try {
                l.departmentActive(department);
            } catch (RuntimeException e) {
                LOG.error("Catalogue listener {} failed on department {}", l, department.code(), e);
            }
        }
    }

    @Override
    public void withdrawn(DepartmentInfo department) {
        for (CatalogueListener l : listeners) {
            try {
                l.departmentWithdrawn(department);
            } catch (RuntimeException e) {
                LOG.error("Catalogue listener {} failed on department {}", l, department.code(), e);
            }
        }
    }
}
