package org.qinqing.hall.api;

import java.time.Instant;
import java.util.List;

/**
 * The working-day schedule of one year, as published by the State Council.
 *
 * @param year the year
 * @param days its holidays and make-up working days
 * @param version the calendar version that last changed it
 * @param source where the schedule comes from (e.g. the notice)
 * @param updatedAt when it was loaded or last changed
 * @param updatedBy who changed it
 */
public record CalendarYear(int year, List<CalendarDay> days, int version, String source, Instant updatedAt, String updatedBy) {
}
