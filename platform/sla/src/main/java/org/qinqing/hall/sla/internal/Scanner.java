package org.qinqing.hall.sla.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.qinqing.hall.cases.CaseDeadlines;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.ScanResult;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/**
 * One deadline scan. The due cases come from the index on {@code next_rung_on}, so the cost is
 * that of the cases changing colour, never a pass over all open cases. Each chunk of due cases
 * is one write: the rungs fired, their notifications, accountability records and audit records
 * commit together, and a rung can never fire twice (the case's rung is raised in the same
 * transaction, re-read there). The rung is written by the case module ({@link CaseDeadlines}); the
 * due cases are still read here with SQL (see {@link DueCase}). Each scan is timed into {@code hall_sla_scan_seconds} (outcome
 * success or failure) and each rung fired, once committed, counted into
 * {@code hall_sla_rungs_fired_total} by department and rung.
 */
final class Scanner {
    static final int CHUNK = 500;
    private static final String ACTOR = "system:sla-scanner";

    private final Database db;
    private final HallClock clock;
    private final CaseDeadlines cases;
    private final int yellowPercent;
    private final MeterRegistry registry;
    private final Timer succeeded;
    private final Timer failed;

    Scanner(Database db, HallClock clock, CaseDeadlines cases, double yellowShare) {
        this(db, clock, cases, yellowShare, Metrics.globalRegistry);
    }

    Scanner(Database db, HallClock clock, CaseDeadlines cases, double yellowShare, MeterRegistry registry) {
        this.registry = registry;
        this.succeeded = scans(registry, "success");
        this.failed = scans(registry, "failure");
        this.cases = cases;
        this.db = db;
        this.clock = clock;
        this.yellowPercent = (int) Math.round(yellowShare * 100);
    }

    private static Timer scans(MeterRegistry registry, String outcome) {
        return Timer.builder("hall.sla.scan").description("Deadline scans and how long each took").tag("outcome", outcome)
                .register(registry);
    }

    ScanResult scan(List<Notice> sent) {
        long t0 = System.nanoTime();
        try {
            ScanResult r = scan(sent, t0);
            succeeded.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
            return r;
        } catch (RuntimeException | Error e) {
            failed.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
            throw e;
        }
    }

    private ScanResult scan(List<Notice> sent, long t0) {
        LocalDate today = clock.today();
        int due = 0;
        int[] fired = new int[4];
        while (true) {
            List<Long> ids = dueIds(today);
            if (ids.isEmpty()) {
                break;
            }
            due += ids.size();
            List<Notice> chunk = db.write(tx -> {
                List<Notice> out = new ArrayList<>();
                for (long id : ids) {
                    fire(tx, id, today, fired, out);
                }
                return out;
            });
            sent.addAll(chunk);
            for (Notice n : chunk) { // committed: the write returned
                fired(n.department(), n.rung()).increment();
            }
            if (ids.size() < CHUNK) {
                break;
            }
        }
        return new ScanResult(due, fired[1], fired[2], fired[3], (System.nanoTime() - t0) / 1_000_000);
    }

    private Counter fired(String department, String rung) {
        return Counter.builder("hall.sla.rungs.fired").description("Escalation rungs fired by the deadline scan, per department")
                .tag("department", department).tag("rung", rung.toLowerCase(Locale.ROOT)).register(registry);
    }

    private List<Long> dueIds(LocalDate today) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM hall_case WHERE next_rung_on <= ? ORDER BY next_rung_on"
                    + " FETCH FIRST " + CHUNK + " ROWS ONLY")) {
                Sql.setDate(ps, 1, today);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    private void fire(Tx tx, long id, LocalDate today, int[] fired, List<Notice> out) throws SQLException {
        DueCase c = DueCase.read(tx, id);
        if (c == null || c.nextRungOn() == null || c.nextRungOn().isAfter(today)) {
            return;
        }
        int rung = c.rung();
        while (rung < 3 && c.dueAfter(rung) != null && !c.dueAfter(rung).isAfter(today)) {
            rung++;
            out.add(raise(tx, c, Rung.of(rung)));
            fired[rung]++;
        }
        // the case module writes its row (and keeps what it holds in memory in step), in this unit
        cases.recordRung(tx, c.caseNumber(), rung, c.dueAfter(rung));
    }

    private Notice raise(Tx tx, DueCase c, Rung r) throws SQLException {
        String message = switch (r) {
            case YELLOW -> String.format(r.template, c.itemName(), c.caseNumber(), yellowPercent, c.promised(), c.departmentName());
            case RED -> String.format(r.template, c.itemName(), c.caseNumber(), c.promised(), c.legal(), c.departmentName());
            case OVERDUE -> String.format(r.template, c.itemName(), c.caseNumber(), c.legal(), c.departmentName());
        };
        long id = tx.next("notification");
        PreparedStatement ps = tx.prepare("INSERT INTO sla_notification (id, case_number, department, rung, recipient, message, created_at)"
                + " VALUES (?,?,?,?,?,?,?)");
        ps.setLong(1, id);
        ps.setString(2, c.caseNumber());
        ps.setString(3, c.department());
        ps.setString(4, r.name());
        ps.setString(5, r.recipient);
        ps.setString(6, message);
        Sql.setInstant(ps, 7, tx.now());
        ps.executeUpdate();
        if (r == Rung.OVERDUE) {
            PreparedStatement acc = tx.prepare("INSERT INTO sla_accountability (id, case_number, department, item_name, opened_at, status)"
                    + " VALUES (?,?,?,?,?,'OPEN')");
            acc.setLong(1, tx.next("accountability"));
            acc.setString(2, c.caseNumber());
            acc.setString(3, c.department());
            acc.setString(4, c.itemName());
            Sql.setInstant(acc, 5, tx.now());
            acc.executeUpdate();
        }
        tx.audit(new AuditRecord("case", c.caseNumber(), "sla-" + r.name().toLowerCase(java.util.Locale.ROOT), ACTOR, "system", null,
                c.status(), c.status(), message, "{\"recipient\":\"" + r.recipient + "\"}"));
        return Notice.builder().id(id).caseOf(c.caseNumber(), c.department()).rung(r.name(), r.recipient).message(message).at(tx.now()).build();
    }
}
