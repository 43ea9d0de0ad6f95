package org.qinqing.hall.sla.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.calendar.internal.CalendarService;
import org.qinqing.hall.cases.internal.CaseService;
import org.qinqing.hall.catalogue.internal.CatalogueEvents;
import org.qinqing.hall.catalogue.internal.CatalogueImpl;
import org.qinqing.hall.parties.internal.PartyService;
import org.qinqing.hall.parties.internal.VaultService;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.SqlWork;
import org.qinqing.hall.store.TxWork;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/** The scanner's meters on real Derby: scans timed by outcome, rungs counted per department once fired. */
public class ScannerMetricsTest {
    private static final Actor CLERK = Actor.staff("clerk", Set.of("clerk"), Channel.COUNTER, "A01");

    private final AtomicReference<Instant> now = new AtomicReference<>();
    private final HallClock clock = now::get;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private JdbcDatabase db;
    private CaseService cases;

    @Before
    public void start() {
        at(2026, 3, 6);
        db = TestStore.started(TestStore.fresh(), clock);
        CatalogueImpl catalogue = new CatalogueImpl(new CatalogueEvents() {
            @Override
            public void active(DepartmentInfo d) {
            }

            @Override
            public void withdrawn(DepartmentInfo d) {
            }
        });
        catalogue.add(1, new SlaTestDepartment(), "test", "1.0.0");
        CalendarService calendar = new CalendarService(db, clock, TestStore.module(CalendarService.class, "calendar"));
        calendar.start();
        PartyService parties = new PartyService(db, clock, TestStore.module(PartyService.class, "parties"));
        parties.start();
        VaultService vault = new VaultService(db, parties, clock, 1 << 20);
        cases = new CaseService(db, db, catalogue, parties, parties, vault, vault, calendar, clock,
                TestStore.module(CaseService.class, "cases"), 0.8, List.of());
        cases.start();
        db.migrate("sla", TestStore.module(SlaService.class, "sla"));
    }

    @After
    public void stop() throws Exception {
        cases.stop();
        db.stop();
    }

    private void at(int y, int m, int d) {
        now.set(LocalDate.of(y, m, d).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private double fired(String rung) {
        var c = registry.find("hall.sla.rungs.fired").tags("department", "tst", "rung", rung).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    public void scansAreTimedAndEachRungIsCountedOncePerDepartment() {
        cases.submit(new Submission("tst-licence", "44030519900101123X", Map.of(), List.of(), Channel.COUNTER, "A01", null, "张三",
                Map.of(), null), CLERK);
        Scanner scanner = new Scanner(db, clock, cases, 0.8, registry);
        List<Notice> sent = new ArrayList<>();
        // accepted Fri 6 March: yellow Thu 12, promised Fri 13, legal Fri 3 April
        at(2026, 3, 12);
        scanner.scan(sent);
        scanner.scan(sent);
        assertEquals(1.0, fired("yellow"), 0);
        assertEquals(0.0, fired("red"), 0);
        at(2026, 4, 4);
        scanner.scan(sent);
        assertEquals(1.0, fired("red"), 0);
        assertEquals(1.0, fired("overdue"), 0);
        assertEquals(3, sent.size());
        assertEquals(3, registry.get("hall.sla.scan").tag("outcome", "success").timer().count());
        assertEquals(0, registry.get("hall.sla.scan").tag("outcome", "failure").timer().count());
    }

    @Test
    public void aScanThatFailsIsTimedAsAFailure() {
        Scanner scanner = new Scanner(unreadable(), clock, cases, 0.8, registry);
        try {
            scanner.scan(new ArrayList<>());
            fail("the database is unreadable");
        } catch (HallException expected) {
            // 503 from the store
        }
        assertEquals(1, registry.get("hall.sla.scan").tag("outcome", "failure").timer().count());
        assertEquals(0, registry.get("hall.sla.scan").tag("outcome", "success").timer().count());
    }

    /** A database whose reads fail as the store reports an outage. */
    private static Database unreadable() {
        return new Database() {
            @Override
            public <T> T read(SqlWork<T> work) {
                throw HallException.unavailable("store_unavailable", "the hall's database could not answer; try again");
            }

            @Override
            public <T> T write(TxWork<T> work) {
                throw new AssertionError("no write without a read first");
            }

            @Override
            public void migrate(String module, List<Migration> migrations) {
            }

            @Override
            public org.qinqing.hall.store.Rows rows() {
                throw new AssertionError("no cache of rows here");
            }

            @Override
            public WriteStats stats() {
                return new WriteStats(0, 0, 0, 0, 0);
            }
        };
    }
}
