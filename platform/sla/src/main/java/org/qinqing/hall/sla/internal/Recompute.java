package org.qinqing.hall.sla.internal;

import org.qinqing.hall.cases.CaseDeadlines;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/**
 * After a calendar change, every open case's deadlines are computed again from its day of
 * acceptance, its limits, the working days it was paused and its extension; cases whose
 * deadlines move are updated (version raised, audited) and named. The applicant of a case whose
 * promised or legal deadline moved is told: a DEADLINE_MOVED notice to the APPLICANT is recorded
 * with the change (same transaction) and handed to the notifiers after it commits. The case module
 * writes the new deadlines ({@link CaseDeadlines}); the open cases are read here with one SQL pass
 * (a read through the case module would cost a full row per open case).
 */
final class Recompute {
    private final Database db;
    private final WorkingCalendar calendar;
    private final CaseDeadlines cases;
    private final double yellowShare;

    Recompute(Database db, WorkingCalendar calendar, CaseDeadlines cases, double yellowShare) {
        this.cases = cases;
        this.db = db;
        this.calendar = calendar;
        this.yellowShare = yellowShare;
    }

    /** The new deadlines of one case. */
    private record Moved(String caseNumber, String department, String itemName, String status, LocalDate promised,
            LocalDate legal, LocalDate yellow, LocalDate oldPromised, LocalDate oldLegal, boolean paused, int rung) {
        boolean applicantSees() {
            return !promised.equals(oldPromised) || !legal.equals(oldLegal);
        }
    }

    /** The notice's rung and recipient. */
    static final String DEADLINE_MOVED = "DEADLINE_MOVED";
    static final String APPLICANT = "APPLICANT";

    /** @param notices receives the applicants' notices recorded with the change, to send once committed */
    List<String> run(Actor actor, List<Notice> notices) {
        List<Moved> moved = db.read(c -> {
            List<Moved> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT case_number, department, item_name, status, accepted_on,"
                    + " promised_days, legal_days,"
                    + " limit_unit, paused_days, extension_days, promised_deadline, legal_deadline, yellow_on, paused_since, sla_rung"
                    + " FROM hall_case WHERE closed_at IS NULL AND decided_on IS NULL AND accepted_on IS NOT NULL")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate accepted = Sql.date(rs, "accepted_on");
                        LimitUnit unit = LimitUnit.valueOf(rs.getString("limit_unit"));
                        int paused = rs.getInt("paused_days");
                        int promisedDays = rs.getInt("promised_days");
                        LocalDate promised = calendar.deadline(accepted, promisedDays + paused, unit);
                        LocalDate legal = calendar.deadline(accepted, rs.getInt("legal_days") + paused + rs.getInt("extension_days"), unit);
                        LocalDate yellow = calendar.deadline(accepted, (int) Math.ceil(promisedDays * yellowShare - 1e-9) + paused, unit);
                        LocalDate oldPromised = Sql.date(rs, "promised_deadline");
                        LocalDate oldLegal = Sql.date(rs, "legal_deadline");
                        if (!promised.equals(oldPromised) || !legal.equals(oldLegal) || !yellow.equals(Sql.date(rs, "yellow_on"))) {
                            out.add(new Moved(rs.getString("case_number"), rs.getString("department"),
                                    rs.getString("item_name"), rs.getString("status"), promised, legal, yellow, oldPromised, oldLegal,
                                    Sql.date(rs, "paused_since") != null, rs.getInt("sla_rung")));
                        }
                    }
                }
            }
            return out;
        });
        int version = calendar.version();
        for (int from = 0; from < moved.size(); from += Scanner.CHUNK) {
            List<Moved> chunk = moved.subList(from, Math.min(moved.size(), from + Scanner.CHUNK));
            notices.addAll(db.write(tx -> {
                List<Notice> told = new ArrayList<>();
                for (Moved m : chunk) {
                    // the case module writes its row (a new version) and keeps what it holds in memory in step
                    cases.moveDeadlines(tx, m.caseNumber(), m.promised(), m.legal(), m.yellow(), m.paused() ? null : next(m), version);
                    tx.audit(new AuditRecord("case", m.caseNumber(), "deadline-recompute", actor.auditName(), actor.channelName(), null,
                            m.status(), m.status(), "工作日历第" + version + "版生效，期限重新计算",
                            "{\"promised\":[\"" + m.oldPromised() + "\",\"" + m.promised() + "\"],\"legal\":[\"" + m.oldLegal()
                                    + "\",\"" + m.legal() + "\"]}"));
                    if (m.applicantSees()) {
                        told.add(tell(tx, m, version));
                    }
                }
                return told;
            }));
        }
        return moved.stream().map(Moved::caseNumber).toList();
    }

    /** Records the applicant's notice of the new deadlines. */
    private static Notice tell(Tx tx, Moved m, int version) throws SQLException {
        String message = String.format("您申请的“%s”（受理编号 %s）办理期限已按工作日历第%d版（国务院节假日安排）重新计算："
                + "承诺办结日期 %s（原 %s），法定办结日期 %s（原 %s）。", m.itemName(), m.caseNumber(), version, m.promised(),
                m.oldPromised(), m.legal(), m.oldLegal());
        long id = tx.next("notification");
        PreparedStatement ps = tx.prepare("INSERT INTO sla_notification (id, case_number, department, rung, recipient, message, created_at)"
                + " VALUES (?,?,?,?,?,?,?)");
        ps.setLong(1, id);
        ps.setString(2, m.caseNumber());
        ps.setString(3, m.department());
        ps.setString(4, DEADLINE_MOVED);
        ps.setString(5, APPLICANT);
        ps.setString(6, message);
        Sql.setInstant(ps, 7, tx.now());
        ps.executeUpdate();
        return Notice.builder().id(id).caseOf(m.caseNumber(), m.department()).rung(DEADLINE_MOVED, APPLICANT).message(message).at(tx.now()).build();
    }

    private static LocalDate next(Moved m) {
        return switch (m.rung()) {
            case 0 -> m.yellow();
            case 1 -> m.promised().plusDays(1);
            case 2 -> m.legal().plusDays(1);
            default -> null;
        };
    }
}
