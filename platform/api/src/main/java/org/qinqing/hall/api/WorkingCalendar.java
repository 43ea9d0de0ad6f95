package org.qinqing.hall.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.spi.LimitUnit;

/**
 * Working days (工作日): Monday–Friday that are not statutory holidays, plus make-up working days.
 * The current and the next year (of the hall's date) are served provisionally from the statutory
 * holidays while their State Council schedule is not loaded ({@link CalendarYear#provisional()});
 * a computation that needs any other year without a loaded schedule fails with a 422; it never
 * falls back to counting weekdays.
 */
@ProviderType
public interface WorkingCalendar {

    /**
     * The end of a time limit. The day of acceptance is not counted (Civil Code Art. 201):
     * counting starts the next day, so a 5-working-day limit accepted on a Friday ends on the
     * 5th working day after it. A limit of 0 ends on the day itself. In natural days, a period
     * whose last day is not a working day ends on the next working day (Civil Code Art. 203).
     *
     * @param start the day of acceptance
     * @param days the limit
     * @param unit working or natural days
     * @return the last day of the limit
     * @throws HallException 422 naming the year without a schedule
     */
    LocalDate deadline(LocalDate start, int days, LimitUnit unit);

    /** @param date a day @return whether it is a working day @throws HallException 422 without a schedule */
    boolean isWorkingDay(LocalDate date);

    /**
     * @param fromExclusive the first bound, not counted
     * @param toInclusive the second bound, counted; may be before the first (then the result is negative)
     * @return the working days in between
     */
    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive);

    /** @return the calendar version: it increases with every change to any year */
    int version();

    /** @return the loaded years and the provisional ones served now, by year */
    List<CalendarYear> years();

    /** @param year a year @return its schedule, if loaded or served provisionally */
    Optional<CalendarYear> year(int year);

    /**
     * Whether a period counts over a provisional year: a deadline from {@code fromExclusive} to
     * {@code toInclusive} is provisional (it moves when the official schedule is loaded) if any day
     * it counts lies in a year served provisionally. Computed now, from the calendar as it is.
     *
     * @param fromExclusive the day counting starts after (e.g. the day of acceptance)
     * @param toInclusive the last day (e.g. the deadline)
     * @return whether the period depends on a provisional schedule
     * @since 1.1
     */
    default boolean provisional(LocalDate fromExclusive, LocalDate toInclusive) {
        return false;
    }

    /**
     * Loads or replaces a year's schedule (admin). Persisted and audited.
     *
     * @return the year as stored, with its new version
     * @throws HallException 400 for days outside the year, duplicates, or a make-up day on a weekday
     */
    CalendarYear putYear(int year, List<CalendarDay> days, String source, Actor actor);
}
