package org.qinqing.hall.sla.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.qinqing.hall.api.Accountability;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.AuditLog;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Notification;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.ScanResult;
import org.qinqing.hall.api.Sla;
import org.qinqing.hall.api.SlaStats;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Sla} service, with the periodic scan. */
public final class SlaService implements Sla {
    private static final Logger LOG = LoggerFactory.getLogger(SlaService.class);

    private final Database db;
    private final AuditLog audit;
    private final WorkingCalendar calendar;
    private final HallClock clock;
    private final java.util.function.Consumer<List<Notice>> notifiers;
    private final List<Migration> migrations;
    private final long intervalSeconds;
    private final Scanner scanner;
    private final Stats stats;
    private final Recompute recompute;
    private ScheduledExecutorService schedule;
    private List<org.qinqing.hall.sla.ScanParticipant> participants = List.of();

    public SlaService(Database db, AuditLog audit, Catalogue catalogue, WorkingCalendar calendar, HallClock clock,
            org.qinqing.hall.cases.CaseDeadlines cases, java.util.function.Consumer<List<Notice>> notifiers, List<Migration> migrations,
            double yellowShare, long intervalSeconds) {
        this.db = db;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
        this.notifiers = notifiers;
        this.migrations = migrations;
        this.intervalSeconds = intervalSeconds;
        this.scanner = new Scanner(db, clock, cases, yellowShare);
        this.stats = new Stats(db, catalogue);
        this.recompute = new Recompute(db, calendar, cases, yellowShare);
    }

    /** @param participants the modules that scan their own deadlines with each scan (a Blueprint reference-list) */
    public void setParticipants(List<org.qinqing.hall.sla.ScanParticipant> participants) {
        this.participants = participants;
    }

    /** Applies the schema and schedules the scan; {@code intervalSeconds <= 0} disables the schedule. */
    public void start() {
        db.migrate("sla", migrations);
        if (intervalSeconds > 0) {
            schedule = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "hall-sla-scanner");
                t.setDaemon(true);
                return t;
            });
            // asked every quarter interval: one node of those sharing the database scans per interval, and
            // another takes over within about an interval when that node dies
            schedule.scheduleWithFixedDelay(this::scheduledScan, intervalSeconds, Math.max(1, intervalSeconds / 4), TimeUnit.SECONDS);
        }
    }

    public void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }

    private void scheduledScan() {
        try {
            if (!db.claim("sla-scan", java.time.Duration.ofSeconds(intervalSeconds))) {
                return;
            }
            ScanResult r = scan();
            if (r.due() > 0) {
                LOG.info("Deadline scan: {} due, {} yellow, {} red, {} overdue in {} ms", r.due(), r.yellow(), r.red(), r.overdue(), r.millis());
            }
        } catch (RuntimeException e) {
            LOG.error("Deadline scan failed; it runs again in {} s", intervalSeconds, e);
        }
    }

    @Override
    public synchronized ScanResult scan() {
        List<Notice> sent = new ArrayList<>();
        ScanResult r = scanner.scan(sent);
        for (org.qinqing.hall.sla.ScanParticipant p : List.copyOf(participants)) {
            try {
                long t = System.nanoTime();
                int due = p.scan(clock.today(), sent::add);
                if (due > 0) {
                    LOG.info("Deadline scan of {}: {} due in {} ms", p.name(), due, (System.nanoTime() - t) / 1_000_000);
                }
            } catch (RuntimeException e) {
                // one module's failure must not keep the case warnings (or the other modules') from going out
                LOG.error("Deadline scan of {} failed; the others went on", p.name(), e);
            }
        }
        notifiers.accept(sent);
        return r;
    }

    @Override
    public List<Notification> notifications(String department, int limit) {
        return db.read(c -> {
            List<Notification> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sla_notification" + (department == null ? "" : " WHERE department = ?")
                    + " ORDER BY id DESC FETCH FIRST " + Math.max(1, Math.min(500, limit)) + " ROWS ONLY")) {
                if (department != null) {
                    ps.setString(1, department);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Notification(rs.getLong("id"), rs.getString("case_number"), rs.getString("department"),
                                rs.getString("rung"), rs.getString("recipient"), rs.getString("message"), Sql.instant(rs, "created_at")));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<Accountability> accountability(String status, String department) {
        List<Row> rows = db.read(c -> {
            List<Row> out = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT * FROM sla_accountability WHERE 1 = 1");
            if (status != null) {
                sql.append(" AND status = ?");
            }
            if (department != null) {
                sql.append(" AND department = ?");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.append(" ORDER BY id DESC").toString())) {
                int i = 1;
                if (status != null) {
                    ps.setString(i++, status);
                }
                if (department != null) {
                    ps.setString(i, department);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Row.of(rs));
                    }
                }
            }
            return out;
        });
        List<Accountability> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(view(r));
        }
        return out;
    }

    @Override
    public Accountability explain(long id, String explanation, Actor actor) {
        Row r = find(id);
        if (!actor.approverFor(r.department)) {
            throw HallException.forbidden("only an approver of department " + r.department + " explains its overdue case");
        }
        if (explanation == null || explanation.isBlank() || explanation.length() > 2000) {
            throw HallException.invalid("explanation", "give the explanation (1 to 2000 characters): why the case passed its legal deadline");
        }
        if (r.status.equals("CLOSED")) {
            throw HallException.conflict("accountability_closed", "record " + id + " is closed");
        }
        db.write(tx -> {
            // checked again in the update: a close committed since the record was read stays closed
            PreparedStatement ps = tx.prepare("UPDATE sla_accountability SET explanation = ?, explained_by = ?, explained_at = ?,"
                    + " status = 'EXPLAINED' WHERE id = ? AND status <> 'CLOSED'");
            ps.setString(1, explanation.trim());
            ps.setString(2, actor.auditName());
            Sql.setInstant(ps, 3, tx.now());
            ps.setLong(4, id);
            if (ps.executeUpdate() != 1) {
                throw HallException.conflict("accountability_closed", "record " + id + " was closed meanwhile");
            }
            tx.audit(new AuditRecord("case", r.caseNumber, "accountability-explain", actor.auditName(), actor.channelName(), null,
                    null, null, explanation.trim(), "{\"record\":" + id + "}"));
            return null;
        });
        return view(find(id));
    }

    @Override
    public Accountability close(long id, Actor actor) {
        if (!actor.has(Roles.SUPERVISOR)) {
            throw HallException.forbidden("only a supervisor closes an accountability record");
        }
        Row r = find(id);
        if (!r.status.equals("EXPLAINED")) {
            throw HallException.conflict("explanation_required", "record " + id + " is " + r.status
                    + ": the department must explain the overdue case before the record can be closed");
        }
        db.write(tx -> {
            PreparedStatement ps = tx.prepare("UPDATE sla_accountability SET closed_by = ?, closed_at = ?, status = 'CLOSED' WHERE id = ? AND status = 'EXPLAINED'");
            ps.setString(1, actor.auditName());
            Sql.setInstant(ps, 2, tx.now());
            ps.setLong(3, id);
            if (ps.executeUpdate() != 1) {
                throw HallException.conflict("accountability_changed", "record " + id + " changed meanwhile; reload it");
            }
            tx.audit(new AuditRecord("case", r.caseNumber, "accountability-close", actor.auditName(), actor.channelName(), null,
                    null, null, null, "{\"record\":" + id + "}"));
            return null;
        });
        return view(find(id));
    }

    @Override
    public SlaStats stats(LocalDate from, LocalDate to, String department, String item, String groupBy) {
        if (to.isBefore(from)) {
            throw HallException.invalid("to", "the period ends before it starts");
        }
        return stats.compute(from, to, department, item, groupBy, clock.today());
    }

    @Override
    public List<OverdueCase> overdue(String department) {
        LocalDate today = clock.today();
        return db.read(c -> {
            List<OverdueCase> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT case_number, department, item_name, status, promised_deadline,"
                    + " legal_deadline FROM hall_case WHERE closed_at IS NULL AND decided_on IS NULL AND paused_since IS NULL"
                    + " AND promised_deadline < ?" + (department == null ? "" : " AND department = ?")
                    + " ORDER BY legal_deadline, promised_deadline FETCH FIRST 500 ROWS ONLY")) {
                Sql.setDate(ps, 1, today);
                if (department != null) {
                    ps.setString(2, department);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate promised = Sql.date(rs, "promised_deadline");
                        LocalDate legal = Sql.date(rs, "legal_deadline");
                        boolean overdue = today.isAfter(legal);
                        int late = calendar.workingDaysBetween(overdue ? legal : promised, today);
                        out.add(new OverdueCase(rs.getString("case_number"), rs.getString("department"), rs.getString("item_name"),
                                rs.getString("status"), promised, legal, overdue ? "OVERDUE" : "RED", late));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<String> recompute(Actor actor) {
        List<Notice> told = new ArrayList<>();
        List<String> moved = recompute.run(actor, told);
        notifiers.accept(told);
        return moved;
    }

    private Row find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sla_accountability WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw HallException.notFound("unknown_accountability", "no accountability record " + id);
                    }
                    return Row.of(rs);
                }
            }
        });
    }

    private Accountability view(Row r) {
        return new Accountability(r.id, r.caseNumber, r.department, r.itemName, r.openedAt,
                Holders.of(audit.forSubject(r.caseNumber), r.department, clock.now(), calendar), r.explanation, r.explainedBy,
                r.closedBy, r.closedAt, r.status);
    }

    /** A row of sla_accountability. */
    private record Row(long id, String caseNumber, String department, String itemName, java.time.Instant openedAt,
            String explanation, String explainedBy, String closedBy, java.time.Instant closedAt, String status) {
        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getLong("id"), rs.getString("case_number"), rs.getString("department"), rs.getString("item_name"),
                    Sql.instant(rs, "opened_at"), rs.getString("explanation"), rs.getString("explained_by"), rs.getString("closed_by"),
                    Sql.instant(rs, "closed_at"), rs.getString("status"));
        }
    }
}
