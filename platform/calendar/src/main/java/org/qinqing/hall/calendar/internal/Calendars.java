package org.qinqing.hall.calendar.internal;

import java.time.LocalDate;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.spi.LimitUnit;

/** Deadline arithmetic on a {@link DayIndex}; pure and allocation-free. */
final class Calendars {

    private Calendars() {
    }

    static LocalDate deadline(DayIndex ix, LocalDate start, int days, LimitUnit unit) {
        if (days < 0) {
            throw HallException.invalid("workingDays", "a time limit cannot be negative: " + days);
        }
        int from = ix.index(start);
        if (from < 0) {
            throw missing(start.getYear());
        }
        if (unit == LimitUnit.NATURAL_DAYS) {
            LocalDate end = start.plusDays(days);
            int i = ix.index(end);
            if (i < 0) {
                throw missing(ix.firstMissingFrom(start.getYear()));
            }
            while (!ix.working[i]) {
                i++;
                if (i >= ix.working.length || ix.index(ix.day(i)) < 0) {
                    throw missing(ix.day(i).getYear());
                }
            }
            return ix.day(i);
        }
        if (days == 0) {
            return start;
        }
        int target = ix.cumulative[from] + days;
        if (target > ix.byOrdinal.length) {
            throw missing(ix.firstMissingFrom(start.getYear()));
        }
        LocalDate end = ix.day(ix.byOrdinal[target - 1]);
        if (!ix.knownBetween(start.getYear(), end.getYear())) {
            throw missing(ix.firstMissingFrom(start.getYear()));
        }
        return end;
    }

    static boolean isWorkingDay(DayIndex ix, LocalDate d) {
        int i = ix.index(d);
        if (i < 0) {
            throw missing(d.getYear());
        }
        return ix.working[i];
    }

    static int between(DayIndex ix, LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -between(ix, toInclusive, fromExclusive);
        }
        int a = ix.index(fromExclusive);
        int b = ix.index(toInclusive);
        if (a < 0) {
            throw missing(fromExclusive.getYear());
        }
        if (b < 0 || !ix.knownBetween(fromExclusive.getYear(), toInclusive.getYear())) {
            throw missing(ix.firstMissingFrom(fromExclusive.getYear()));
        }
        return ix.cumulative[b] - ix.cumulative[a];
    }

    static HallException missing(int year) {
        return new HallException(HallException.Kind.UNPROCESSABLE, "calendar_missing", null,
                "no working-day schedule is loaded for " + year + " (statutory holidays and make-up days); "
                        + "an administrator must load it (hall:calendar-load or PUT /api/v1/calendar/years/" + year
                        + ") before time limits reaching into " + year + " can be computed");
    }
}
