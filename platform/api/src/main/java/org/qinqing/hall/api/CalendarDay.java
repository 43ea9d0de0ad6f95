package org.qinqing.hall.api;

import java.time.LocalDate;

/**
 * A day that differs from the Monday–Friday rule: a statutory holiday (day off) or a make-up
 * working day (调休上班, usually a weekend day).
 *
 * @param date the day
 * @param holiday true for a day off, false for a make-up working day
 * @param name e.g. 春节
 */
public record CalendarDay(LocalDate date, boolean holiday, String name) {
}
