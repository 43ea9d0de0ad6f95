package org.qinqing.hall.directline.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.cases.CaseEvent;
import org.qinqing.hall.cases.CaseEvents;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/**
 * Invites the applicant to rate a case when it is delivered (办结): recorded with the delivery, once per case, and
 * sent through the hall's notifiers once the delivery is committed.
 */
public final class Invitations implements CaseEvents {
    private final Consumer<List<Notice>> notifiers;

    public Invitations(Consumer<List<Notice>> notifiers) {
        this.notifiers = notifiers;
    }

    @Override
    public void changed(Tx tx, CaseEvent e) throws SQLException {
        if (e.to() != CaseStatus.COMPLETED || e.from() == CaseStatus.COMPLETED) {
            return;
        }
        PreparedStatement q = tx.prepare("SELECT 1 FROM dl_invitation WHERE case_number = ?");
        q.setString(1, e.caseNumber());
        try (java.sql.ResultSet rs = q.executeQuery()) {
            if (rs.next()) {
                return;
            }
        }
        PreparedStatement ps = tx.prepare("INSERT INTO dl_invitation (case_number, department, sent_at) VALUES (?,?,?)");
        ps.setString(1, e.caseNumber());
        ps.setString(2, e.department());
        Sql.setInstant(ps, 3, tx.now());
        if (ps.executeUpdate() == 1) {
            Notice n = new Notice(0, e.caseNumber(), e.department(), "RATE_INVITE", "APPLICANT", "您的办件 " + e.caseNumber()
                    + " 已办结，欢迎对本次服务进行评价（好差评）：进度查询页或政务服务网“我的办件”。", tx.now());
            tx.afterCommit(() -> notifiers.accept(List.of(n)));
        }
    }
}
