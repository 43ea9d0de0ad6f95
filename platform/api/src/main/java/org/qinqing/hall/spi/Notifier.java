package org.qinqing.hall.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Sends deadline warnings (and the audit chain's anchors) somewhere (log, SMS, e-mail, WeChat template messages). Register one
 * as a service, like a department; the platform calls every registered notifier after the
 * warning is recorded. A notifier that throws is logged and does not stop the others; the
 * warning stays recorded either way.
 */
@ConsumerType
public interface Notifier {

    /** @param notice the warning */
    void send(Notice notice);

    /**
     * Receives each anchor of the audit chain (see {@link AuditAnchor}) so it can keep a copy
     * outside the hall (another system, a mailbox, a ledger). Does nothing unless a notifier
     * chooses to; a notifier that throws is logged and the anchor stays in the hall's anchor file.
     *
     * @param anchor the signed head of the audit chain
     * @since 1.2
     */
    default void anchor(AuditAnchor anchor) {
    }
}
