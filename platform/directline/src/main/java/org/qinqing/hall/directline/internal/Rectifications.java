package org.qinqing.hall.directline.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.directline.Rectification;
import org.qinqing.hall.sla.ScanParticipant;
import org.qinqing.hall.sla.SlaRecords;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/**
 * Rectifications (整改) of bad ratings: OPEN → VERIFIED → CLOSED, appeal decided by a supervisor (the deadlines stop
 * meanwhile); a step past its deadline is escalated once through the SLA scanner (this is its {@link ScanParticipant}).
 */
public final class Rectifications implements ScanParticipant {
    private static final Set<String> OUTCOMES = Set.of("SATISFIED", "UNSATISFIED", "UNREACHED");

    private final Database db;
    private final WorkingCalendar calendar;
    private final SlaRecords records;
    private final int rectifyDays;

    /** @param rectifyDays working days to rectify and call back after verification */
    public Rectifications(Database db, WorkingCalendar calendar, SlaRecords records, int rectifyDays) {
        this.db = db;
        this.calendar = calendar;
        this.records = records;
        this.rectifyDays = rectifyDays;
    }

    void open(Tx tx, long ratingId, RatedEvent e, LocalDate verifyDue, LocalDate today) throws SQLException {
        PreparedStatement ps = tx.prepare("INSERT INTO dl_rectification (id, rating_id, department, status, opened_on, verify_due, next_due)"
                + " VALUES (?,?,?,'OPEN',?,?,?)");
        long id = tx.next("rectification");
        ps.setLong(1, id);
        ps.setLong(2, ratingId);
        ps.setString(3, e.department());
        Sql.setDate(ps, 4, today);
        Sql.setDate(ps, 5, verifyDue);
        Sql.setDate(ps, 6, verifyDue);
        ps.executeUpdate();
        tx.audit(new AuditRecord("rectification", subject(id), "open", "system:ratings", "system", null, null, "OPEN",
                "差评 " + e.subject(), null));
    }

    static String subject(long id) {
        return "RECT-" + id;
    }

    List<Rectification> list(String department, String status, Actor actor) {
        if (department == null && !overseer(actor)) {
            throw HallException.invalid("department", "give your department: only supervisors and admins see every department's");
        }
        if (department != null && !overseer(actor) && !actor.has(Roles.department(department))) {
            throw HallException.forbidden("you see the rectifications of your own departments only");
        }
        return db.read(c -> {
            StringBuilder sql = new StringBuilder(SELECT + " WHERE 1 = 1");
            if (department != null) {
                sql.append(" AND x.department = ?");
            }
            if (status != null) {
                sql.append(" AND x.status = ?");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.append(" ORDER BY x.id DESC FETCH FIRST 500 ROWS ONLY").toString())) {
                int i = 1;
                if (department != null) {
                    ps.setString(i++, department);
                }
                if (status != null) {
                    ps.setString(i, status);
                }
                List<Rectification> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(of(rs));
                    }
                }
                return out;
            }
        });
    }

    /** While a supervisor decides an appeal, the department's steps wait with the clock. */
    private static final String NOT_APPEALED = " AND (appeal_status IS NULL OR appeal_status <> 'PENDING')";

    private static final String SELECT = "SELECT x.*, r.subject, r.level, r.comment_text FROM dl_rectification x"
            + " JOIN dl_rating r ON r.id = x.rating_id";

    private static boolean overseer(Actor a) {
        return a.has(Roles.SUPERVISOR) || a.has(Roles.ADMIN);
    }

    Rectification get(long id, Actor actor) {
        Rectification r = load(id);
        if (!overseer(actor) && !actor.has(Roles.department(r.department()))) {
            throw HallException.notFound("unknown_rectification", "no rectification " + id);
        }
        return r;
    }

    private Rectification load(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE x.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw HallException.notFound("unknown_rectification", "no rectification " + id);
                    }
                    return of(rs);
                }
            }
        });
    }

    private Rectification department(long id, Actor actor) {
        Rectification r = get(id, actor);
        if (!actor.approverFor(r.department())) {
            throw HallException.forbidden("only an approver of department " + r.department() + " acts on its rectification");
        }
        return r;
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw HallException.invalid(field, field + " is required, at most " + max + " characters");
        }
        return value.trim();
    }

    Rectification verify(long id, String finding, Actor actor) {
        String f = text(finding, "finding", 2000);
        department(id, actor);
        db.write(tx -> {
            LocalDate today = LocalDate.ofInstant(tx.now(), HallClock.ZONE);
            LocalDate due = calendar.deadline(today, rectifyDays, LimitUnit.WORKING_DAYS);
            PreparedStatement ps = tx.prepare("UPDATE dl_rectification SET status = 'VERIFIED', finding = ?, verified_by = ?, verified_on = ?,"
                    + " rectify_due = ?, next_due = ? WHERE id = ? AND status = 'OPEN'" + NOT_APPEALED);
            ps.setString(1, f);
            ps.setString(2, actor.auditName());
            Sql.setDate(ps, 3, today);
            Sql.setDate(ps, 4, due);
            Sql.setDate(ps, 5, due);
            ps.setLong(6, id);
            if (ps.executeUpdate() != 1) {
                throw HallException.conflict("not_open", "rectification " + id + " is not waiting for verification, or waits for its appeal's decision");
            }
            tx.audit(new AuditRecord("rectification", subject(id), "verify", actor.auditName(), actor.channelName(), null, "OPEN", "VERIFIED", f, null));
            return null;
        });
        return load(id);
    }

    Rectification rectify(long id, String measures, String outcome, String note, Actor actor) {
        String m = text(measures, "measures", 2000);
        String o = outcome == null ? "" : outcome.trim().toUpperCase(java.util.Locale.ROOT);
        if (!OUTCOMES.contains(o)) {
            throw HallException.invalid("callbackOutcome", "the call back's outcome is one of " + OUTCOMES);
        }
        if (note != null && note.length() > 1000) {
            throw HallException.invalid("callbackNote", "the call back's note is at most 1000 characters");
        }
        department(id, actor);
        db.write(tx -> {
            LocalDate today = LocalDate.ofInstant(tx.now(), HallClock.ZONE);
            PreparedStatement ps = tx.prepare("UPDATE dl_rectification SET status = 'CLOSED', measures = ?, callback_outcome = ?, callback_note = ?,"
                    + " closed_by = ?, closed_on = ?, next_due = NULL, on_time = CASE WHEN verified_on <= verify_due AND ? <= rectify_due"
                    + " THEN 1 ELSE 0 END WHERE id = ? AND status = 'VERIFIED'" + NOT_APPEALED);
            ps.setString(1, m);
            ps.setString(2, o);
            Sql.setString(ps, 3, note);
            ps.setString(4, actor.auditName());
            Sql.setDate(ps, 5, today);
            Sql.setDate(ps, 6, today);
            ps.setLong(7, id);
            if (ps.executeUpdate() != 1) {
                throw HallException.conflict("not_verified", "rectification " + id + " must be verified first (and not closed, nor waiting for"
                        + " its appeal's decision)");
            }
            tx.audit(new AuditRecord("rectification", subject(id), "rectify", actor.auditName(), actor.channelName(), null, "VERIFIED",
                    "CLOSED", m, "{\"callback\":\"" + o + "\"}"));
            return null;
        });
        return load(id);
    }

    /** The department appeals: the clock stops (no deadline runs, nothing escalates) until a supervisor decides. */
    Rectification appeal(long id, String reason, Actor actor) {
        String r = text(reason, "reason", 1000);
        department(id, actor);
        db.write(tx -> {
            PreparedStatement ps = tx.prepare("UPDATE dl_rectification SET appeal_reason = ?, appeal_status = 'PENDING', appeal_before = status,"
                    + " appealed_on = ?, next_due = NULL WHERE id = ? AND appeal_status IS NULL AND status IN ('OPEN', 'VERIFIED')");
            ps.setString(1, r);
            Sql.setDate(ps, 2, LocalDate.ofInstant(tx.now(), HallClock.ZONE));
            ps.setLong(3, id);
            if (ps.executeUpdate() != 1) {
                throw HallException.conflict("appeal_not_allowed", "rectification " + id + " was appealed already or is closed");
            }
            tx.audit(new AuditRecord("rectification", subject(id), "appeal", actor.auditName(), actor.channelName(), null, null, null, r, null));
            return null;
        });
        return load(id);
    }

    /**
     * A supervisor decides the appeal: upheld closes the rectification (VOID); rejected restarts its clock, the current
     * step's deadline moved on by the working days the appeal waited.
     */
    Rectification decide(long id, boolean upheld, Actor actor) {
        if (!actor.has(Roles.SUPERVISOR)) {
            throw HallException.forbidden("only a supervisor decides an appeal");
        }
        load(id);
        db.write(tx -> {
            PreparedStatement q = tx.prepare("SELECT status, verify_due, rectify_due, appealed_on FROM dl_rectification WHERE id = ?"
                    + " AND appeal_status = 'PENDING'");
            q.setLong(1, id);
            String status;
            LocalDate due;
            LocalDate appealedOn;
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw HallException.conflict("no_pending_appeal", "rectification " + id + " has no pending appeal");
                }
                status = rs.getString(1);
                due = Sql.date(rs, status.equals("OPEN") ? 2 : 3);
                appealedOn = Sql.date(rs, 4);
            }
            LocalDate today = LocalDate.ofInstant(tx.now(), HallClock.ZONE);
            int paused = appealedOn == null ? 0 : Math.max(0, calendar.workingDaysBetween(appealedOn, today));
            LocalDate resumed = paused == 0 ? due : calendar.deadline(due, paused, LimitUnit.WORKING_DAYS);
            String step = status.equals("OPEN") ? "verify_due" : "rectify_due";
            PreparedStatement ps = tx.prepare("UPDATE dl_rectification SET appeal_status = ?, decided_by = ?"
                    + (upheld ? ", status = 'VOID', next_due = NULL" : ", " + step + " = ?, next_due = ?") + " WHERE id = ? AND appeal_status = 'PENDING'");
            int i = 1;
            ps.setString(i++, upheld ? "UPHELD" : "REJECTED");
            ps.setString(i++, actor.auditName());
            if (!upheld) {
                Sql.setDate(ps, i++, resumed);
                Sql.setDate(ps, i++, resumed);
            }
            ps.setLong(i, id);
            if (ps.executeUpdate() != 1) {
                throw HallException.conflict("no_pending_appeal", "rectification " + id + " has no pending appeal");
            }
            tx.audit(new AuditRecord("rectification", subject(id), upheld ? "appeal-upheld" : "appeal-rejected", actor.auditName(),
                    actor.channelName(), null, null, upheld ? "VOID" : null, null, null));
            return null;
        });
        return load(id);
    }

    @Override
    public String name() {
        return "rectifications";
    }

    /** Escalates each rectification whose current step passed its deadline, once per step. */
    @Override
    public int scan(LocalDate today, Consumer<Notice> notices) {
        List<long[]> due = db.read(c -> {
            List<long[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM dl_rectification WHERE next_due < ? AND status IN ('OPEN', 'VERIFIED')"
                    + " AND (escalated_in IS NULL OR escalated_in <> status)")) {
                Sql.setDate(ps, 1, today);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new long[] {rs.getLong(1)});
                    }
                }
            }
            return out;
        });
        int n = 0;
        for (long[] d : due) {
            Notice sent = db.write(tx -> {
                PreparedStatement q = tx.prepare("SELECT x.status, x.department, x.next_due, r.subject FROM dl_rectification x"
                        + " JOIN dl_rating r ON r.id = x.rating_id WHERE x.id = ?");
                q.setLong(1, d[0]);
                String status;
                String dept;
                LocalDate next;
                String subject;
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    status = rs.getString(1);
                    dept = rs.getString(2);
                    next = Sql.date(rs, 3);
                    subject = rs.getString(4);
                }
                PreparedStatement up = tx.prepare("UPDATE dl_rectification SET escalated_in = status WHERE id = ? AND status = ?"
                        + " AND (escalated_in IS NULL OR escalated_in <> status)");
                up.setLong(1, d[0]);
                up.setString(2, status);
                if (up.executeUpdate() != 1) {
                    return null;
                }
                boolean verify = status.equals("OPEN");
                String message = String.format("差评整改超期：%s 的差评%s期限 %s 已过，请督办（部门 %s）", subject, verify ? "核实" : "整改回访", next, dept);
                tx.audit(new AuditRecord("rectification", subject(d[0]), "escalate", "system:sla-scanner", "system", null, status, status, message, null));
                return records.warn(tx, subject(d[0]), dept, verify ? "RECT_VERIFY" : "RECT_FIX", verify ? "DEPARTMENT_HEAD" : "SUPERVISION_OFFICE", message);
            });
            if (sent != null) {
                notices.accept(sent);
                n++;
            }
        }
        return n;
    }

    private static Rectification of(ResultSet rs) throws SQLException {
        int onTime = rs.getInt("on_time");
        Boolean ot = rs.wasNull() ? null : onTime == 1;
        return new Rectification(rs.getLong("id"), rs.getLong("rating_id"), rs.getString("subject"), rs.getInt("level"),
                rs.getString("comment_text"), rs.getString("department"), rs.getString("status"), Sql.date(rs, "verify_due"),
                Sql.date(rs, "rectify_due"), rs.getString("finding"), rs.getString("measures"), rs.getString("callback_outcome"),
                Sql.date(rs, "closed_on"), ot, rs.getString("appeal_status"), rs.getString("appeal_reason"), rs.getString("escalated_in") != null);
    }
}
