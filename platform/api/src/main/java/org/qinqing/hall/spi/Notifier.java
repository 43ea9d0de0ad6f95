package org.qinqing.hall.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Sends deadline warnings somewhere (log, SMS, e-mail, WeChat template messages). Register one
 * as a service, like a department; the platform calls every registered notifier after the
 * warning is recorded. A notifier that throws is logged and does not stop the others; the
 * warning stays recorded either way.
 */
@ConsumerType
public interface Notifier {

    /** @param notice the warning */
    void send(Notice notice);
}
