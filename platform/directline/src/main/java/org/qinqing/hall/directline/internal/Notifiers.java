package org.qinqing.hall.directline.internal;

import java.util.List;
import java.util.function.Consumer;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.spi.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends messages through every registered {@link Notifier}; one that fails is logged and the others still send. */
public final class Notifiers implements Consumer<List<Notice>> {
    private static final Logger LOG = LoggerFactory.getLogger(Notifiers.class);
    private final List<Notifier> notifiers;

    /** @param notifiers the registered notifiers (a Blueprint reference-list) */
    public Notifiers(List<Notifier> notifiers) {
        this.notifiers = notifiers;
    }

    @Override
    public void accept(List<Notice> notices) {
        for (Notifier n : List.copyOf(notifiers)) {
            for (Notice notice : notices) {
                try {
                    n.send(notice);
                } catch (RuntimeException e) {
                    LOG.warn("Notifier {} failed on {}; the message stays recorded", n.getClass().getName(), notice.caseNumber(), e);
                }
            }
        }
    }
}
