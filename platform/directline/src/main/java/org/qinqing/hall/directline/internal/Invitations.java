package org.qinqing.hall.directline.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.ServedCase;
import org.qinqing.hall.cases.CaseEvent;
import org.qinqing.hall.cases.CaseEvents;
import org.qinqing.hall.online.Applicants;
import org.qinqing.hall.spi.Message;
import org.qinqing.hall.spi.MessageSender;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invites the applicant to rate a case when it is delivered (办结): recorded with the delivery, once per case, and
 * sent once the delivery is committed through the online hall's {@link MessageSender}s to the phone of the agent who
 * filed it, or else of the applicant — the online account's bound phone, or the phone in the party's profile — with a
 * link to the rating page.
 */
public final class Invitations implements CaseEvents {
    private static final Logger LOG = LoggerFactory.getLogger(Invitations.class);
    private static final Actor INVITER = Actor.system("rating-invitation");

    private final Function<String, ServedCase> cases;
    private final Function<String, Optional<String>> phones;
    private final List<MessageSender> senders;
    private final String rateUrl;

    /**
     * @param cases the case service
     * @param parties party profiles (their {@code phone} field)
     * @param applicants the online hall's accounts (a Blueprint reference-list: empty while the online hall is away)
     * @param senders the message senders (a Blueprint reference-list)
     * @param rateUrl the rating page as an applicant's phone reaches it, e.g. {@code https://hall.example.gov.cn/hall/rate.html}
     */
    public Invitations(Cases cases, Parties parties, List<Applicants> applicants, List<MessageSender> senders, String rateUrl) {
        this(n -> cases.served(n, null, null, INVITER), person -> phone(person, parties, applicants), senders, rateUrl);
    }

    Invitations(Function<String, ServedCase> cases, Function<String, Optional<String>> phones, List<MessageSender> senders, String rateUrl) {
        this.cases = cases;
        this.phones = phones;
        this.senders = senders;
        this.rateUrl = rateUrl;
    }

    @Override
    public void changed(Tx tx, CaseEvent e) throws SQLException {
        if (e.to() != CaseStatus.COMPLETED || e.from() == CaseStatus.COMPLETED) {
            return;
        }
        // one statement (one round trip on PostgreSQL), not a look and an insert; a case delivered again inserts nothing
        PreparedStatement ps = tx.prepare("INSERT INTO dl_invitation (case_number, department, sent_at)"
                + " SELECT CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(20)), CAST(? AS TIMESTAMP) FROM (VALUES (1)) AS one (x)"
                + " WHERE NOT EXISTS (SELECT 1 FROM dl_invitation WHERE case_number = ?)");
        ps.setString(1, e.caseNumber());
        ps.setString(2, e.department());
        Sql.setInstant(ps, 3, tx.now());
        ps.setString(4, e.caseNumber());
        if (ps.executeUpdate() == 1) {
            tx.afterCommit(() -> invite(e.caseNumber()));
        }
    }

    /** Sends the invitation of a delivered case; a case without a phone to reach is logged and left. */
    void invite(String caseNumber) {
        ServedCase c = cases.apply(caseNumber);
        String person = c.agent() != null ? c.agent() : c.applicant();
        Optional<String> phone = phones.apply(person).or(() -> c.agent() != null ? phones.apply(c.applicant()) : Optional.empty());
        if (phone.isEmpty()) {
            LOG.info("Case {} delivered: no phone to invite its applicant to rate it", caseNumber);
            return;
        }
        String link = rateUrl + (rateUrl.contains("?") ? "&" : "?") + "subject=" + caseNumber;
        Message m = new Message(phone.get(), "【沁清政务】您的办件 " + caseNumber + "（" + c.itemName() + "）已办结，欢迎评价本次服务（好差评）："
                + link + " ，凭回执上的查询码或申请人证件号码后四位评价。", person, caseNumber);
        int sent = 0;
        for (MessageSender s : List.copyOf(senders)) {
            try {
                s.send(m);
                sent++;
            } catch (RuntimeException x) {
                LOG.warn("Message sender {} failed on the rating invitation of {} for {}: {}", s.getClass().getName(), caseNumber,
                        m.maskedPhone(), x.toString());
            }
        }
        if (sent == 0) {
            LOG.warn("No message sender took the rating invitation of {}", caseNumber);
        }
    }

    /** @return the online account's bound phone of a person, or else the phone in their profile */
    static Optional<String> phone(String person, Parties parties, List<Applicants> applicants) {
        for (Applicants a : List.copyOf(applicants)) {
            Optional<String> bound = a.account(person).map(acc -> acc.phone());
            if (bound.isPresent() && bound.get() != null) {
                return bound;
            }
        }
        return parties.find(person).map(p -> p.fields().get("phone")).filter(p -> p != null && !p.isBlank());
    }
}
