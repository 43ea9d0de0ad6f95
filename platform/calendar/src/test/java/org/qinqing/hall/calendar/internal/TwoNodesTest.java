package org.qinqing.hall.calendar.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CalendarDay;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/**
 * Two nodes on one real Derby database, each with its own store and calendar, the one's committed
 * keys fed to the other's cache as the cluster module's NOTIFY does on PostgreSQL: a year loaded on
 * one node is served by the other within the calendar's check interval, not at its next restart.
 */
public class TwoNodesTest {
    private static final HallClock CLOCK = () -> Instant.parse("2026-06-01T02:00:00Z");
    private JdbcDatabase dbA;
    private JdbcDatabase dbB;

    @Before
    public void start() {
        EmbeddedDataSource ds = TestStore.fresh();
        dbA = new JdbcDatabase(ds, CLOCK, TestStore.storeMigrations());
        dbB = new JdbcDatabase(TestStore.existing(ds), CLOCK, TestStore.storeMigrations());
        dbA.setRowFeeds(List.of(keys -> keys.forEach(k -> dbB.rows().invalidate(k.region(), k.key()))));
        dbA.start();
        dbB.start();
    }

    @After
    public void stop() throws InterruptedException {
        dbA.stop();
        dbB.stop();
    }

    @Test
    public void aYearLoadedOnOneNodeIsServedByTheOtherWithinTheCheckInterval() throws Exception {
        CalendarService a = new CalendarService(dbA, CLOCK, TestStore.module(CalendarService.class, "calendar"));
        CalendarService b = new CalendarService(dbB, CLOCK, TestStore.module(CalendarService.class, "calendar"));
        a.start();
        b.start();
        assertTrue("2027 is provisional on b", b.year(2027).orElseThrow().provisional());
        // Mon 2027-01-04 is a working day in the provisional schedule (元旦 is Fri 1 Jan)
        assertTrue(b.isWorkingDay(LocalDate.of(2027, 1, 4)));
        Thread.sleep(CalendarService.CHECK_MILLIS + 50); // b has looked at its region since it started, and kept the years

        a.putYear(2027, List.of(new CalendarDay(LocalDate.of(2027, 1, 1), true, "元旦"), new CalendarDay(LocalDate.of(2027, 1, 4), true, "测试假日")),
                "测试用排班", Actor.staff("admin", Set.of("admin"), null, null));
        long loaded = System.nanoTime();
        while (b.year(2027).orElseThrow().provisional()) {
            assertTrue("b serves the year a loaded within " + 4 * CalendarService.CHECK_MILLIS + " ms",
                    System.nanoTime() - loaded < 4 * CalendarService.CHECK_MILLIS * 1_000_000);
            Thread.sleep(10);
        }
        assertFalse(b.isWorkingDay(LocalDate.of(2027, 1, 4)));
        assertEquals(a.version(), b.version());
        // Thu 2026-12-31 + 1 working day: Fri 1 Jan and Mon 4 Jan off, so Tue 5 Jan
        assertEquals(LocalDate.of(2027, 1, 5), b.deadline(LocalDate.of(2026, 12, 31), 1, LimitUnit.WORKING_DAYS));
    }
}
