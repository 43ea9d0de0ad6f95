package org.qinqing.hall.api;

import java.time.Instant;
import java.util.List;

/**
 * The working-day schedule of one year, as published by the State Council — or, for the current
 * and the next year while their notice is not loaded, provisional: computed from the statutory
 * holidays of 《全国年节及纪念日放假办法》 (weekends off, a weekend holiday's day off on the next
 * weekday, no make-up working days). Loading the official schedule replaces a provisional one.
 *
 * @param year the year
 * @param days its holidays and make-up working days
 * @param version the calendar version that last changed it (0 for a provisional year)
 * @param source where the schedule comes from (e.g. the notice)
 * @param updatedAt when it was loaded or last changed ({@code null} for a provisional year)
 * @param updatedBy who changed it
 * @param provisional whether it is computed from the law rather than loaded from the notice
 * @since 1.1
 */
public record CalendarYear(int year, List<CalendarDay> days, int version, String source, Instant updatedAt, String updatedBy,
        boolean provisional) {

    /** An official (loaded) year; the constructor of API 1.0. */
    public CalendarYear(int year, List<CalendarDay> days, int version, String source, Instant updatedAt, String updatedBy) {
        this(year, days, version, source, updatedAt, updatedBy, false);
    }
}
