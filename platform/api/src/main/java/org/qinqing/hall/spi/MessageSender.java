package org.qinqing.hall.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Sends a message to an applicant's phone (a login code, a change of their case): by SMS, as a
 * WeChat template message, or into a file. Register one as a service, like a {@link Notifier}; the
 * platform calls every registered sender once the change the message tells of is committed. A
 * sender that throws is logged (phone masked, never the text: it may hold a login code) and does
 * not stop the others.
 *
 * @since 1.3
 */
@ConsumerType
public interface MessageSender {

    /** @param message what to send to whom */
    void send(Message message);
}
