package org.qinqing.hall.calendar.internal;

import static java.time.LocalDate.of;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CalendarDay;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/**
 * Deadlines against the 2025 and 2026 State Council schedules, each expectation counted by hand;
 * the hall's date is in 2025, so 2026 is official and 2027 is beyond the next year.
 */
public class CalendarServiceTest {
    private static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2025-06-02T02:00:00Z"));
    private static final HallClock CLOCK = NOW::get;
    private static JdbcDatabase db;
    private static CalendarService calendar;

    @BeforeClass
    public static void start() {
        db = TestStore.started(TestStore.fresh(), java.time.Instant::now);
        calendar = new CalendarService(db, CLOCK, TestStore.module(CalendarService.class, "calendar"));
        calendar.start();
    }

    @AfterClass
    public static void stop() throws Exception {
        db.stop();
    }

    private static LocalDate working(LocalDate start, int days) {
        return calendar.deadline(start, days, LimitUnit.WORKING_DAYS);
    }

    @Test
    public void theDayOfAcceptanceIsNotCounted() {
        // Fri 2026-03-06 + 5 working days: Mon 9, Tue 10, Wed 11, Thu 12, Fri 13
        assertEquals(of(2026, 3, 13), working(of(2026, 3, 6), 5));
        // accepted on a Saturday: counting starts Monday
        assertEquals(of(2026, 3, 9), working(of(2026, 3, 7), 1));
    }

    @Test
    public void aLimitOfZeroEndsTheSameDay() {
        assertEquals(of(2026, 3, 6), working(of(2026, 3, 6), 0));
    }

    @Test
    public void springFestival2026SkipsNineDaysOffAndCountsBothMakeUpSaturdays() {
        // Fri 2026-02-13: Sat 14 (make-up) 1, 15-23 off, Tue 24 2, Wed 25 3, Thu 26 4, Fri 27 5, Sat 28 (make-up) 6
        assertEquals(of(2026, 2, 14), working(of(2026, 2, 13), 1));
        assertEquals(of(2026, 2, 27), working(of(2026, 2, 13), 5));
        assertEquals(of(2026, 2, 28), working(of(2026, 2, 13), 6));
        assertEquals(of(2026, 3, 2), working(of(2026, 2, 13), 7));
        assertTrue(calendar.isWorkingDay(of(2026, 2, 14)));
        assertFalse(calendar.isWorkingDay(of(2026, 2, 16)));
        assertEquals(5, calendar.workingDaysBetween(of(2026, 2, 13), of(2026, 2, 27)));
    }

    @Test
    public void nationalDay2026CountsTheMakeUpSundayBeforeAndSaturdayAfter() {
        // Fri 2026-09-18: Sat 19 off, Sun 20 make-up
        assertEquals(of(2026, 9, 20), working(of(2026, 9, 18), 1));
        // Wed 2026-09-30: Oct 1-7 off, Thu 8 1, Fri 9 2, Sat 10 (make-up) 3
        assertEquals(of(2026, 10, 10), working(of(2026, 9, 30), 3));
        // Mid-Autumn 25-27 Sep: Thu 24 + 1 = Mon 28
        assertEquals(of(2026, 9, 28), working(of(2026, 9, 24), 1));
    }

    @Test
    public void theYearBoundaryCrossesNewYearAndItsMakeUpSunday() {
        // Tue 2025-12-30: Wed 31 1, 2026-01-01..03 off, Sun 4 (make-up) 2, Mon 5 3, Tue 6 4, Wed 7 5
        assertEquals(of(2026, 1, 7), working(of(2025, 12, 30), 5));
        // 2025 Spring Festival: Fri 2025-01-24, Sun 26 make-up 1, Mon 27 2, 28 Jan - 4 Feb off, Wed 5 3
        assertEquals(of(2025, 2, 5), working(of(2025, 1, 24), 3));
    }

    @Test
    public void naturalDaysEndingOnADayOffMoveToTheNextWorkingDay() {
        // Thu 2026-09-24 + 7 natural days = Thu 1 Oct, National Day: the period ends Thu 8 Oct
        assertEquals(of(2026, 10, 8), calendar.deadline(of(2026, 9, 24), 7, LimitUnit.NATURAL_DAYS));
        assertEquals(of(2026, 3, 13), calendar.deadline(of(2026, 3, 6), 7, LimitUnit.NATURAL_DAYS));
    }

    @Test
    public void aYearWithoutScheduleFailsLoudlyNamingIt() {
        expectMissing(2027, () -> working(of(2026, 12, 28), 10));
        expectMissing(2024, () -> working(of(2024, 6, 3), 1));
        expectMissing(2027, () -> calendar.isWorkingDay(of(2027, 1, 4)));
    }

    @Test
    public void anAdminLoadsAYearAndDeadlinesReachIntoIt() throws Exception {
        JdbcDatabase own = TestStore.started(TestStore.fresh(), java.time.Instant::now);
        CalendarService calendar = new CalendarService(own, CLOCK, TestStore.module(CalendarService.class, "calendar"));
        calendar.start();
        int before = calendar.version();
        calendar.putYear(2027, List.of(new CalendarDay(of(2027, 1, 1), true, "元旦")), "测试用排班",
                Actor.staff("admin", Set.of("admin"), null, null));
        assertEquals(before + 1, calendar.version());
        // Mon 2026-12-28: Tue 29 1, Wed 30 2, Thu 31 3, 2027-01-01 off, Mon 4 4, Tue 5 5
        assertEquals(of(2027, 1, 5), calendar.deadline(of(2026, 12, 28), 5, LimitUnit.WORKING_DAYS));
        assertTrue(calendar.year(2027).isPresent());
        own.stop();
    }

    @Test
    public void aMakeUpWorkingDayOnAWeekdayIsRefused() {
        try {
            calendar.putYear(2028, List.of(new CalendarDay(of(2028, 1, 5), false, "调休")), "x",
                    Actor.staff("admin", Set.of("admin"), null, null));
            fail();
        } catch (HallException e) {
            assertEquals("days", e.field());
        }
    }

    private static void expectMissing(int year, Runnable r) {
        try {
            r.run();
            fail("expected a missing " + year);
        } catch (HallException e) {
            assertEquals(HallException.Kind.UNPROCESSABLE, e.kind());
            assertTrue(e.getMessage(), e.getMessage().contains(String.valueOf(year)));
        }
    }
}
