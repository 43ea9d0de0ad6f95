package org.qinqing.hall.sla.internal;

import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.spi.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The notifier that ships: writes each warning to the log (SMS and e-mail notifiers are bundles of their own). */
public final class LogNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger("org.qinqing.hall.notifications");

    @Override
    public void send(Notice n) {
        LOG.warn("[{} -> {} of {}] {}", n.rung(), n.recipient(), n.department(), n.message());
    }

    /** The anchor in the log too: a log shipped off the machine keeps a copy out of a rewriter's reach. */
    @Override
    public void anchor(org.qinqing.hall.spi.AuditAnchor a) {
        LOG.info("[audit anchor] seq {} hash {} recorded {} anchored {} key {} signature {}", a.seq(), a.hash(), a.recordedAt(),
                a.anchoredAt(), a.keyId(), a.signature());
    }
}
