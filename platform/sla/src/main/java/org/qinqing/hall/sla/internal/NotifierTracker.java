package org.qinqing.hall.sla.internal;

import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.spi.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends recorded warnings through every registered {@link Notifier}; one failing notifier does not stop the others. */
public final class NotifierTracker extends ServiceTracker<Notifier, Notifier> implements java.util.function.Consumer<List<Notice>> {
    private static final Logger LOG = LoggerFactory.getLogger(NotifierTracker.class);

    public NotifierTracker(BundleContext context) {
        super(context, Notifier.class, null);
    }

    @Override
    public void accept(List<Notice> notices) {
        Notifier[] notifiers = getServices(new Notifier[0]);
        for (Notice n : notices) {
            for (Notifier notifier : notifiers) {
                try {
                    notifier.send(n);
                } catch (RuntimeException e) {
                    LOG.error("Notifier {} failed on warning {} of case {}", notifier, n.id(), n.caseNumber(), e);
                }
            }
        }
    }
}
