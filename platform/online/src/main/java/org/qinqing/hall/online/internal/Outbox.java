package org.qinqing.hall.online.internal;

import java.util.List;
import org.qinqing.hall.spi.Message;
import org.qinqing.hall.spi.MessageSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands a message to every registered {@link MessageSender}; one that fails does not stop the others. */
public class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private volatile List<MessageSender> senders = List.of();

    /** @param senders the registered senders (Blueprint's live reference list) */
    public void setSenders(List<MessageSender> senders) {
        this.senders = senders;
    }

    /** @param message what to send; never logged itself (it may hold a login code) */
    public void send(Message message) {
        int sent = 0;
        for (MessageSender s : senders) {
            try {
                s.send(message);
                sent++;
            } catch (RuntimeException e) {
                LOG.warn("Message sender {} failed for {}: {}", s.getClass().getName(), message.maskedPhone(), e.toString());
            }
        }
        if (sent == 0) {
            LOG.warn("No message sender took the message for {}", message.maskedPhone());
        }
    }
}
