package org.qinqing.hall.directline.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.AgentLink;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.online.Applicants;
import org.qinqing.hall.spi.Message;
import org.qinqing.hall.spi.MessageSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the enterprises a notice reached: a message through the online hall's {@link MessageSender}s to each
 * registered agent (经办人) of the enterprise at the phone {@link Invitations} would use for them, or, for an
 * enterprise without an agent to reach, to the phone in the enterprise's profile.
 */
public final class NoticeMessages {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeMessages.class);
    private final Parties parties;
    private final List<Applicants> applicants;
    private final List<MessageSender> senders;

    /**
     * @param parties party profiles and agent links
     * @param applicants the online hall's accounts (a Blueprint reference-list)
     * @param senders the message senders (a Blueprint reference-list)
     */
    public NoticeMessages(Parties parties, List<Applicants> applicants, List<MessageSender> senders) {
        this.parties = parties;
        this.applicants = applicants;
        this.senders = senders;
    }

    /** Sends the text to every enterprise of the list; one that cannot be reached is counted and left. */
    void send(String notice, String text, List<String> enterprises) {
        int sent = 0;
        int unreached = 0;
        for (String enterprise : enterprises) {
            Map<String, String> phones = new LinkedHashMap<>(); // phone → the person it reaches
            for (AgentLink a : parties.agents(enterprise)) {
                Invitations.phone(a.agent(), parties, applicants).ifPresent(p -> phones.putIfAbsent(p, a.agent()));
            }
            if (phones.isEmpty()) {
                Invitations.phone(enterprise, parties, List.of()).ifPresent(p -> phones.put(p, enterprise));
            }
            if (phones.isEmpty()) {
                unreached++;
            }
            for (Map.Entry<String, String> to : phones.entrySet()) {
                Message m = new Message(to.getKey(), text, to.getValue(), notice);
                for (MessageSender s : List.copyOf(senders)) {
                    try {
                        s.send(m);
                        sent++;
                    } catch (RuntimeException x) {
                        LOG.warn("Message sender {} failed on {} for {}: {}", s.getClass().getName(), notice, m.maskedPhone(), x.toString());
                    }
                }
            }
        }
        LOG.info("{}: {} messages to {} enterprises ({} without a phone to reach)", notice, sent, enterprises.size(), unreached);
    }
}
