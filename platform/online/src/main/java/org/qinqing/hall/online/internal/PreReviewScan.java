package org.qinqing.hall.online.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseSummary;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.sla.ScanParticipant;
import org.qinqing.hall.sla.SlaRecords;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;

/**
 * The SLA scan's part for online applications: an application still in pre-review (网上预审) after
 * its limit is a warning to the department's window office, once per case, in the supervision
 * office's list ({@code /api/v1/sla/notifications}) with the case warnings. The scan runs on one
 * node per interval (claimed in the database); the conditional update keeps it once even so.
 */
public final class PreReviewScan implements ScanParticipant {
    private final Database db;
    private final Cases cases;
    private final SlaRecords records;

    public PreReviewScan(Database db, Cases cases, SlaRecords records) {
        this.db = db;
        this.cases = cases;
        this.records = records;
    }

    @Override
    public String name() {
        return "pre-reviews";
    }

    @Override
    public int scan(LocalDate today, Consumer<Notice> notices) {
        List<String> overdue = db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT case_number FROM online_case WHERE pre_review_due < ? AND pre_review_warned IS NULL")) {
                Sql.setDate(ps, 1, today);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
        int due = 0;
        for (CaseSummary c : overdue.isEmpty() ? List.<CaseSummary>of() : cases.summaries(overdue)) {
            boolean waiting = c.status() == CaseStatus.PRE_REVIEW;
            if (waiting) {
                due++;
            }
            Notice sent = db.write(tx -> {
                PreparedStatement up = tx.prepare("UPDATE online_case SET pre_review_warned = ? WHERE case_number = ? AND pre_review_warned IS NULL");
                Sql.setDate(up, 1, today);
                up.setString(2, c.caseNumber());
                // a case pre-reviewed in time is only marked, so the next scan does not read it again
                if (up.executeUpdate() != 1 || !waiting) {
                    return null;
                }
                String message = String.format("网上预审超期：%s（%s）预审期限已过，仍未预审，请尽快处理", c.caseNumber(), c.itemName());
                tx.audit(new AuditRecord("online-case", c.caseNumber(), "pre-review-overdue", "system:sla-scanner", "system", null,
                        CaseStatus.PRE_REVIEW.name(), CaseStatus.PRE_REVIEW.name(), message, null));
                return records.warn(tx, c.caseNumber(), c.department(), "PREREVIEW", "WINDOW_OFFICE", message);
            });
            if (sent != null) {
                notices.accept(sent);
            }
        }
        return due;
    }
}
