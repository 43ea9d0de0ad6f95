package org.qinqing.hall.online.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.cases.CaseEvent;
import org.qinqing.hall.cases.CaseEvents;
import org.qinqing.hall.online.Delivery;
import org.qinqing.hall.spi.Message;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the applicant of an online case every change that concerns them (accepted, supplement
 * needed with what, not accepted, approved and how the result comes, completed, withdrawn): the
 * message is kept with the change, in its transaction, and leaves through the senders after the
 * commit. A result chosen for download is delivered electronically as soon as it is approved.
 */
public class CaseMessages implements CaseEvents {
    private static final Logger LOG = LoggerFactory.getLogger(CaseMessages.class);
    private static final Actor DELIVERY = Actor.system("online-delivery");

    private final Outbox outbox;
    private volatile Cases cases;
    private volatile OnlineCaseService service;

    public CaseMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @param cases the case service, to deliver downloads electronically */
    public void setCases(Cases cases) {
        this.cases = cases;
    }

    /** @param service the online cases, for the pre-review's new due day after a supplement */
    public void setService(OnlineCaseService service) {
        this.service = service;
    }

    @Override
    public void changed(Tx tx, CaseEvent e) throws SQLException {
        if (e.from() == null) {
            // a new case: its online row is written after the intake in the same unit (which says so, after this, and tells
            // the applicant itself); without one it is a case of another channel, kept as such for its later changes
            OnlineCaseService online = service;
            if (online != null) {
                online.rows().none(tx, e.caseNumber());
            }
            return;
        }
        OnlineCaseService online = service;
        java.util.Optional<org.qinqing.hall.online.OnlineCase> row = online != null ? online.rows().inUnit(tx, e.caseNumber())
                : OnlineRows.read(tx, e.caseNumber());
        if (row.isEmpty()) {
            return;
        }
        org.qinqing.hall.online.OnlineCase o = row.get();
        String n = e.caseNumber();
        String text = switch (e.to()) {
            case ACCEPTED -> "您的申请（" + n + "）已通过网上预审并受理，可在网上大厅查看办理时限。";
            case SUPPLEMENT_REQUESTED -> "您的申请（" + n + "）需补正：" + e.reason() + "。请登录网上大厅在线补正。";
            case NOT_ACCEPTED -> "您的申请（" + n + "）不予受理：" + e.reason() + "。";
            case PRE_REVIEW -> {
                if (service != null) {
                    PreparedStatement up = tx.prepare("UPDATE online_case SET pre_review_due = ? WHERE case_number = ?");
                    Sql.setDate(up, 1, service.preReviewDue(e.on()));
                    up.setString(2, n);
                    up.executeUpdate();
                    service.rows().changed(tx, n);
                }
                yield "您的申请（" + n + "）补正材料已收到，等待网上预审。";
            }
            case APPROVED -> "您的申请（" + n + "）已批准。" + switch (o.delivery().method()) {
                case Delivery.POST -> "办理结果将邮寄至您填写的地址。";
                case Delivery.WINDOW -> "办理结果已可领取，请携带身份证到窗口领取。";
                default -> "办理结果已存入您的材料库，可在网上大厅下载。";
            };
            case DENIED -> "您的申请（" + n + "）不予批准：" + e.reason() + "。";
            case COMPLETED -> e.detail() != null && e.detail().contains("MAIL") ? null : "您的申请（" + n + "）已办结。";
            case WITHDRAWN -> "您的申请（" + n + "）已撤回。";
            default -> null;
        };
        if (text != null) {
            tell(tx, n, o.person(), text);
        }
        if (e.to() == CaseStatus.APPROVED && Delivery.DOWNLOAD.equals(o.delivery().method())) {
            tx.afterCommit(() -> deliver(n));
        }
    }

    /** 电子送达: the result is in the applicant's vault; the case is done without a visit. */
    private void deliver(String caseNumber) {
        try {
            cases.act(caseNumber, CaseAction.COMPLETE, ActionInput.delivery("ELECTRONIC"), DELIVERY);
        } catch (RuntimeException e) {
            LOG.warn("Case {} stays approved: its electronic delivery failed ({}); a clerk completes it", caseNumber, e.toString());
        }
    }

    /** Tells the person about the case just submitted online. */
    void submitted(Tx tx, String caseNumber, String person) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT status FROM hall_case WHERE case_number = ?");
        ps.setString(1, caseNumber);
        String status;
        try (ResultSet rs = ps.executeQuery()) {
            status = rs.next() ? rs.getString(1) : null;
        }
        String text = switch (status == null ? "" : status) {
            case "PRE_REVIEW" -> "您的申请（" + caseNumber + "）已提交，等待网上预审。";
            case "SUPPLEMENT_REQUESTED" -> "您的申请（" + caseNumber + "）材料不全，需补正，请登录网上大厅查看。";
            case "COMPLETED" -> "您的申请（" + caseNumber + "）已秒批办结，结果可在网上大厅下载。";
            case "NOT_ACCEPTED" -> "您的申请（" + caseNumber + "）不予受理，请登录网上大厅查看原因。";
            default -> "您的申请（" + caseNumber + "）已提交。";
        };
        tell(tx, caseNumber, person, text);
    }

    /** Keeps the message for the applicant's list and sends it once the write is committed. */
    void tell(Tx tx, String caseNumber, String person, String text) throws SQLException {
        String t = text.length() > 500 ? text.substring(0, 499) + "…" : text;
        PreparedStatement in = tx.prepare("INSERT INTO online_message (id, person, case_number, text, sent_at) VALUES (?, ?, ?, ?, ?)");
        in.setLong(1, tx.next("online_message"));
        in.setString(2, person);
        in.setString(3, caseNumber);
        in.setString(4, t);
        Sql.setInstant(in, 5, tx.now());
        in.executeUpdate();
        PreparedStatement phone = tx.prepare("SELECT phone FROM online_account WHERE person = ?");
        phone.setString(1, person);
        String p;
        try (ResultSet rs = phone.executeQuery()) {
            p = rs.next() ? rs.getString(1) : null;
        }
        if (p != null) {
            Message m = new Message(p, "【沁清政务】" + t, person, caseNumber);
            tx.afterCommit(() -> outbox.send(m));
        }
    }
}
