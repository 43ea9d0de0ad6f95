package org.qinqing.hall.calendar.internal;

import static java.time.LocalDate.of;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CalendarDay;
import org.qinqing.hall.api.CalendarYear;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/**
 * The provisional schedule from the law: its holidays against the shipped State Council schedules,
 * the Art. 6 days off for weekend holidays, serving the current and next year of the hall's date,
 * and the official schedule replacing it.
 */
public class ProvisionalScheduleTest {
    private static final Actor ADMIN = Actor.staff("admin", Set.of("admin"), null, null);

    private final AtomicReference<Instant> now = new AtomicReference<>();
    private final HallClock clock = now::get;
    private JdbcDatabase db;
    private CalendarService calendar;

    @Before
    public void start() {
        at(2026, 12, 7);
        db = TestStore.started(TestStore.fresh(), clock);
        calendar = new CalendarService(db, clock, TestStore.module(CalendarService.class, "calendar"));
        calendar.start();
    }

    @After
    public void stop() throws Exception {
        db.stop();
    }

    private void at(int y, int m, int d) {
        now.set(LocalDate.of(y, m, d).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private static Set<LocalDate> holidays(List<CalendarDay> days) {
        return days.stream().filter(CalendarDay::holiday).map(CalendarDay::date).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    public void theComputedHolidaysOf2025And2026AreHolidaysOfTheStateCouncilSchedules() {
        for (int year : new int[] {2025, 2026}) {
            Set<LocalDate> official = holidays(calendar.year(year).orElseThrow().days());
            Set<LocalDate> computed = holidays(ProvisionalSchedule.days(year));
            Set<LocalDate> notOff = new TreeSet<>(computed);
            notOff.removeAll(official);
            assertEquals(year + ": computed days off that the notice does not give", Set.of(), notOff);
            // 13 statutory days, plus the Art. 6 days for those on a weekend
            assertTrue(computed.size() >= 13);
        }
    }

    @Test
    public void aHolidayOnAWeekendGivesTheNextWeekdayOff() {
        // 2025 端午 Sat 31 May -> Mon 2 Jun; 2026 清明 Sun 5 Apr -> Mon 6 Apr; 劳动节 Sat 2 May -> Mon 4 May; 国庆 Sat 3 Oct -> Mon 5 Oct
        assertTrue(holidays(ProvisionalSchedule.days(2025)).contains(of(2025, 6, 2)));
        Set<LocalDate> y2026 = holidays(ProvisionalSchedule.days(2026));
        assertTrue(y2026.containsAll(List.of(of(2026, 4, 6), of(2026, 5, 4), of(2026, 10, 5))));
        assertFalse("no make-up working days can be computed", ProvisionalSchedule.days(2026).stream().anyMatch(d -> !d.holiday()));
    }

    @Test
    public void the2027ScheduleCountedByHand() {
        // 元旦 Fri 1 Jan; 除夕 Fri 5 Feb, 初一 Sat 6 (new moon 23:56 Beijing), Sun 7, Mon 8 -> Tue 9, Wed 10 for the weekend;
        // 清明 Mon 5 Apr; 劳动节 Sat 1, Sun 2 May -> Mon 3, Tue 4; 端午 Wed 9 Jun; 中秋 Wed 15 Sep;
        // 国庆 Fri 1, Sat 2, Sun 3 Oct -> Mon 4, Tue 5
        assertEquals(new TreeSet<>(List.of(of(2027, 1, 1), of(2027, 2, 5), of(2027, 2, 6), of(2027, 2, 7), of(2027, 2, 8),
                of(2027, 2, 9), of(2027, 2, 10), of(2027, 4, 5), of(2027, 5, 1), of(2027, 5, 2), of(2027, 5, 3), of(2027, 5, 4),
                of(2027, 6, 9), of(2027, 9, 15), of(2027, 10, 1), of(2027, 10, 2), of(2027, 10, 3), of(2027, 10, 4),
                of(2027, 10, 5))), holidays(ProvisionalSchedule.days(2027)));
    }

    @Test
    public void theNextYearIsServedProvisionallyAndTheYearAfterIsRefused() {
        CalendarYear next = calendar.year(2027).orElseThrow();
        assertTrue(next.provisional());
        assertFalse(calendar.year(2026).orElseThrow().provisional());
        assertEquals(List.of(2025, 2026, 2027), calendar.years().stream().map(CalendarYear::year).toList());
        // Mon 2026-12-28 + 10: Tue 29, Wed 30, Thu 31, (1 Jan off) Mon 4 … Fri 8, Mon 11, Tue 12
        assertEquals(of(2027, 1, 12), calendar.deadline(of(2026, 12, 28), 10, LimitUnit.WORKING_DAYS));
        assertTrue(calendar.provisional(of(2026, 12, 28), of(2027, 1, 12)));
        assertFalse("a limit ending 31 December counts no provisional day", calendar.provisional(of(2026, 12, 28), of(2026, 12, 31)));
        HallException e = expect422(() -> calendar.deadline(of(2027, 12, 20), 10, LimitUnit.WORKING_DAYS));
        assertTrue(e.getMessage(), e.getMessage().contains("2028"));
    }

    @Test
    public void theServedYearsFollowTheHallsDate() {
        expect422(() -> calendar.isWorkingDay(of(2028, 1, 3)));
        at(2027, 1, 5);
        assertTrue(calendar.year(2027).orElseThrow().provisional());
        assertTrue(calendar.year(2028).orElseThrow().provisional());
        // 元旦 2028 is a Saturday: Monday 3 January is its day off, Tuesday 4 a working day
        assertFalse(calendar.isWorkingDay(of(2028, 1, 3)));
        assertTrue(calendar.isWorkingDay(of(2028, 1, 4)));
        at(2026, 3, 2);
        assertFalse(calendar.year(2028).isPresent());
        assertTrue(calendar.year(2027).orElseThrow().provisional());
        expect422(() -> calendar.isWorkingDay(of(2028, 1, 3)));
    }

    @Test
    public void loadingTheOfficialScheduleReplacesTheProvisionalOne() {
        int version = calendar.version();
        assertEquals("a provisional year does not change the calendar version", version, calendar.version());
        assertTrue(calendar.provisional(of(2026, 12, 28), of(2027, 1, 12)));
        calendar.putYear(2027, List.of(new CalendarDay(of(2027, 1, 1), true, "元旦"), new CalendarDay(of(2027, 1, 4), true, "演练假日")),
                "国务院办公厅关于2027年部分节假日安排的通知（演练）", ADMIN);
        CalendarYear y = calendar.year(2027).orElseThrow();
        assertFalse(y.provisional());
        assertEquals(version + 1, y.version());
        assertFalse(calendar.provisional(of(2026, 12, 28), of(2027, 1, 13)));
        assertEquals(of(2027, 1, 13), calendar.deadline(of(2026, 12, 28), 10, LimitUnit.WORKING_DAYS));
    }

    @Test
    public void everyNodeComputesTheSameProvisionalYear() throws Exception {
        JdbcDatabase other = TestStore.started(TestStore.fresh(), clock);
        CalendarService second = new CalendarService(other, clock, TestStore.module(CalendarService.class, "calendar"));
        second.start();
        assertEquals(calendar.year(2027).orElseThrow(), second.year(2027).orElseThrow());
        other.stop();
    }

    private static HallException expect422(Runnable r) {
        try {
            r.run();
            fail("expected 422");
            return null;
        } catch (HallException e) {
            assertEquals(HallException.Kind.UNPROCESSABLE, e.kind());
            assertEquals("calendar_missing", e.error());
            return e;
        }
    }
}
