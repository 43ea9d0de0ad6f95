package org.qinqing.hall.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.qinqing.hall.api.CalendarDay;
import org.qinqing.hall.api.CalendarYear;

/**
 * The loaded years as arrays, so that a deadline is two array reads: {@code cumulative[i]} counts
 * working days from the first day up to day i inclusive; {@code byOrdinal[k]} is the day index of
 * the k-th working day (0-based). Days of years without a schedule are never working days and
 * are reported as missing.
 */
final class DayIndex {
    final LocalDate first;
    final int firstYear;
    final int lastYear;
    final boolean[] knownYear;
    final boolean[] working;
    final int[] cumulative;
    final int[] byOrdinal;

    private DayIndex(LocalDate first, int firstYear, int lastYear, boolean[] knownYear, boolean[] working,
            int[] cumulative, int[] byOrdinal) {
        this.first = first;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.knownYear = knownYear;
        this.working = working;
        this.cumulative = cumulative;
        this.byOrdinal = byOrdinal;
    }

    static DayIndex of(Map<Integer, CalendarYear> years) {
        if (years.isEmpty()) {
            return new DayIndex(LocalDate.of(1970, 1, 1), 1970, 1969, new boolean[0], new boolean[0], new int[0], new int[0]);
        }
        Set<Integer> keys = years.keySet();
        int firstYear = keys.stream().min(Integer::compare).get();
        int lastYear = keys.stream().max(Integer::compare).get();
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        int n = (int) ChronoUnit.DAYS.between(first, LocalDate.of(lastYear + 1, 1, 1));
        boolean[] known = new boolean[lastYear - firstYear + 1];
        boolean[] working = new boolean[n];
        for (CalendarYear y : years.values()) {
            known[y.year() - firstYear] = true;
            LocalDate d = LocalDate.of(y.year(), 1, 1);
            int base = (int) ChronoUnit.DAYS.between(first, d);
            int len = d.lengthOfYear();
            for (int i = 0; i < len; i++) {
                DayOfWeek w = d.plusDays(i).getDayOfWeek();
                working[base + i] = w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
            }
            for (CalendarDay day : y.days()) {
                working[(int) ChronoUnit.DAYS.between(first, day.date())] = !day.holiday();
            }
        }
        int[] cumulative = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (working[i]) {
                count++;
            }
            cumulative[i] = count;
        }
        int[] byOrdinal = new int[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (working[i]) {
                byOrdinal[k++] = i;
            }
        }
        return new DayIndex(first, firstYear, lastYear, known, working, cumulative, byOrdinal);
    }

    /** @return the day's index, or -1 when its year has no schedule */
    int index(LocalDate d) {
        int y = d.getYear();
        if (y < firstYear || y > lastYear || !knownYear[y - firstYear]) {
            return -1;
        }
        return (int) (d.toEpochDay() - first.toEpochDay());
    }

    LocalDate day(int index) {
        return first.plusDays(index);
    }

    /** @return whether every year from {@code fromYear} to {@code toYear} has a schedule */
    boolean knownBetween(int fromYear, int toYear) {
        for (int y = fromYear; y <= toYear; y++) {
            if (y < firstYear || y > lastYear || !knownYear[y - firstYear]) {
                return false;
            }
        }
        return true;
    }

    /** @return the first year from {@code fromYear} on without a schedule */
    int firstMissingFrom(int fromYear) {
        int y = fromYear;
        while (y >= firstYear && y <= lastYear && knownYear[y - firstYear]) {
            y++;
        }
        return y;
    }
}
