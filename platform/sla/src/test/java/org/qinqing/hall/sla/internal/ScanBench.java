package org.qinqing.hall.sla.internal;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Test;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.ScanResult;
import org.qinqing.hall.calendar.internal.CalendarService;
import org.qinqing.hall.cases.internal.CaseService;
import org.qinqing.hall.catalogue.internal.CatalogueEvents;
import org.qinqing.hall.catalogue.internal.CatalogueImpl;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/**
 * Benchmark, not a test: one deadline scan over 1,000,000 open cases in Derby.
 * {@code mvn -B -pl platform/sla test -Dtest=ScanBench -Dsurefire.failIfNoSpecifiedTests=false}.
 * The cases' next rung days are spread over 1,000 days, 1,000 cases a day; scans are timed on a
 * day with none due, then 1,000, 10,000 and 50,000 due, to show the cost follows the cases that
 * change colour, not the open cases. Memory: heap allocated by the scanning thread during the scan.
 */
public class ScanBench {
    private static final int CASES = 1_000_000;
    private static final LocalDate BASE = LocalDate.of(2026, 3, 2);

    @Test
    public void scanOverAMillionOpenCases() throws Exception {
        AtomicReference<Instant> now = new AtomicReference<>(at(BASE.minusDays(1)));
        HallClock clock = now::get;
        EmbeddedDataSource ds = TestStore.fresh();
        JdbcDatabase db = TestStore.started(ds, clock);
        CalendarService calendar = new CalendarService(db, clock, TestStore.resources(CalendarService.class, "calendar",
                "V1__calendar_tables.sql", "V2__schedules_2025_2026.sql"));
        calendar.start();
        db.migrate("cases", TestStore.resources(CaseService.class, "cases", "V1__cases.sql", "V2__clocks.sql"));
        CatalogueImpl catalogue = new CatalogueImpl(new CatalogueEvents() {
            @Override
            public void active(DepartmentInfo d) {
            }

            @Override
            public void withdrawn(DepartmentInfo d) {
            }
        });
        // the case module writes the rungs (and keeps its cache in step); its other services are not used by a scan
        CaseService cases = new CaseService(db, db, catalogue, null, null, null, null, calendar, clock, List.of(), 0.8, List.of());
        SlaService sla = new SlaService(db, db, catalogue, calendar, clock, cases, notices -> { },
                TestStore.resources(SlaService.class, "sla", "V1__notifications_and_accountability.sql", "V2__applicant_notices.sql"), 0.8, 0);
        sla.start();
        long t0 = System.nanoTime();
        load(ds);
        System.out.printf("BENCH scan loaded %d open cases in %.1f s%n", CASES, (System.nanoTime() - t0) / 1e9);

        scan(sla, now, BASE.minusDays(1));
        scan(sla, now, BASE);
        scan(sla, now, BASE.plusDays(10));
        scan(sla, now, BASE.plusDays(60));
        scan(sla, now, BASE.plusDays(60));
        db.stop();
    }

    private static void scan(SlaService sla, AtomicReference<Instant> now, LocalDate day) {
        now.set(at(day));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.gc();
        long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long allocated = allThreads(threads);
        ScanResult r = sla.scan();
        allocated = allThreads(threads) - allocated;
        System.gc();
        long heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("BENCH scan day=%s open=%d due=%d fired=%d/%d/%d time=%d ms allocated=%.1f MB heapBefore=%.1f MB heapAfter=%.1f MB%n",
                day, CASES, r.due(), r.yellow(), r.red(), r.overdue(), r.millis(), allocated / 1e6, heapBefore / 1e6, heapAfter / 1e6);
    }

    /** @return bytes allocated by every live thread so far (the writer thread does the scan's writes) */
    private static long allThreads(com.sun.management.ThreadMXBean threads) {
        long sum = 0;
        for (long b : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, b);
        }
        return sum;
    }

    private static Instant at(LocalDate d) {
        return d.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    /** Open accepted cases, yellow day spread 1,000 a day from BASE on; bulk JDBC in 20,000-row transactions. */
    private static void load(EmbeddedDataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hall_case (id, case_number, item_code, item_name, item_version,"
                    + " item_snapshot, department, department_name, applicant, applicant_kind, applicant_name, status, channel, access_code,"
                    + " submitted_at, submitted_by, accepted_at, accepted_on, limit_unit, promised_days, legal_days, promised_deadline,"
                    + " legal_deadline, calendar_version, visits, max_visits, form_json, findings_json, version, yellow_on, sla_rung,"
                    + " next_rung_on) VALUES (?,?,'bench-item','压测事项','1.0','{}','bench','压测局','44030519900101123X','P','张三',"
                    + "'UNDER_REVIEW','counter','ABCDEFGH',?,'clerk',?,?,'WORKING_DAYS',5,20,?,?,1,1,1,'{}','[]',1,?,0,?)")) {
                Timestamp ts = Timestamp.from(at(BASE.minusDays(30)));
                for (int i = 1; i <= CASES; i++) {
                    LocalDate yellow = BASE.plusDays((i - 1) / 1000);
                    ps.setLong(1, i);
                    ps.setString(2, String.format("NS20260130%07d", i));
                    ps.setTimestamp(3, ts);
                    ps.setTimestamp(4, ts);
                    ps.setDate(5, Date.valueOf(BASE.minusDays(30)));
                    ps.setDate(6, Date.valueOf(yellow.plusDays(1)));
                    ps.setDate(7, Date.valueOf(yellow.plusDays(30)));
                    ps.setDate(8, Date.valueOf(yellow));
                    ps.setDate(9, Date.valueOf(yellow));
                    ps.addBatch();
                    if (i % 1000 == 0) {
                        ps.executeBatch();
                    }
                    if (i % 20_000 == 0) {
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
    }

}
