package org.qinqing.hall.cases.internal;

import java.time.LocalDate;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.SlaColour;
import org.qinqing.hall.api.SlaView;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.LimitUnit;

/**
 * The two clocks of a case and its escalation rungs: 1 yellow (the configured share of the
 * promised time used), 2 red (past the promised deadline), 3 overdue (past the legal deadline).
 * {@code next_rung_on} is the day the next unfired rung falls due; the scanner reads only that
 * column. Paused or closed cases have none.
 */
final class Clocks {

    private Clocks() {
    }

    /** Starts both clocks on the day of acceptance. */
    static void start(CaseRow r, Item item, LocalDate today, WorkingCalendar calendar, double yellowShare) {
        r.acceptedOn = today;
        r.promisedDeadline = calendar.deadline(today, item.promisedLimit(), item.limitUnit());
        r.legalDeadline = calendar.deadline(today, item.legalLimit(), item.limitUnit());
        r.yellowOn = calendar.deadline(today, yellowDays(item.promisedLimit(), yellowShare), item.limitUnit());
        r.calendarVersion = calendar.version();
        r.slaRung = 0;
        r.nextRungOn = next(r);
    }

    static int yellowDays(int promisedDays, double share) {
        return (int) Math.ceil(promisedDays * share - 1e-9);
    }

    static void pause(CaseRow r, LocalDate today) {
        r.pausedSince = today;
        r.nextRungOn = null;
    }

    /** Ends a pause: both deadlines and the yellow day move by the days it lasted. */
    static void resume(CaseRow r, int days, WorkingCalendar calendar) {
        LimitUnit unit = LimitUnit.valueOf(r.limitUnit);
        if (days > 0 && r.promisedDeadline != null) {
            r.promisedDeadline = calendar.deadline(r.promisedDeadline, days, unit);
            r.legalDeadline = calendar.deadline(r.legalDeadline, days, unit);
            r.yellowOn = calendar.deadline(r.yellowOn, days, unit);
            r.calendarVersion = calendar.version();
        }
        r.pausedDays += Math.max(0, days);
        r.pausedSince = null;
        r.nextRungOn = r.acceptedOn == null ? null : next(r);
    }

    /** 延期: the legal deadline moves by {@code days}. */
    static void extend(CaseRow r, int days, WorkingCalendar calendar) {
        r.legalDeadline = calendar.deadline(r.legalDeadline, days, LimitUnit.valueOf(r.limitUnit));
        r.extensionDays += days;
        r.calendarVersion = calendar.version();
        if (r.pausedSince == null) {
            r.nextRungOn = next(r);
        }
    }

    /** The decision: the elapsed time is fixed (working days, pauses excluded). */
    static void decide(CaseRow r, LocalDate today, WorkingCalendar calendar) {
        r.decidedOn = today;
        r.nextRungOn = null;
        if (r.acceptedOn != null) {
            int elapsed = LimitUnit.valueOf(r.limitUnit) == LimitUnit.NATURAL_DAYS
                    ? (int) (today.toEpochDay() - r.acceptedOn.toEpochDay())
                    : calendar.workingDaysBetween(r.acceptedOn, today);
            r.elapsedDays = Math.max(0, elapsed - r.pausedDays);
        }
    }

    static void close(CaseRow r, LocalDate today) {
        r.closedOn = today;
        r.nextRungOn = null;
        r.pausedSince = null;
    }

    /** @return the day the next unfired rung falls due, or {@code null} after the last */
    static LocalDate next(CaseRow r) {
        return switch (r.slaRung) {
            case 0 -> r.yellowOn;
            case 1 -> r.promisedDeadline.plusDays(1);
            case 2 -> r.legalDeadline.plusDays(1);
            default -> null;
        };
    }

    /** @return the case's standing on {@code today} (frozen at the pause's start while paused) */
    static SlaView view(CaseRow r, LocalDate today, WorkingCalendar calendar) {
        if (r.acceptedOn == null) {
            return r.status.closed() ? new SlaView(SlaColour.CLOSED, null, null, null, 0) : SlaView.NOT_STARTED;
        }
        if (r.status.closed() || r.decidedOn != null) {
            return new SlaView(SlaColour.CLOSED, null, null, r.yellowOn, r.slaRung);
        }
        LocalDate ref = r.pausedSince != null ? r.pausedSince : today;
        SlaColour colour;
        if (r.pausedSince != null) {
            colour = SlaColour.PAUSED;
        } else if (ref.isAfter(r.legalDeadline)) {
            colour = SlaColour.OVERDUE;
        } else if (ref.isAfter(r.promisedDeadline)) {
            colour = SlaColour.RED;
        } else if (!ref.isBefore(r.yellowOn)) {
            colour = SlaColour.YELLOW;
        } else {
            colour = SlaColour.GREEN;
        }
        Integer promised = null;
        Integer legal = null;
        try {
            promised = calendar.workingDaysBetween(ref, r.promisedDeadline);
            legal = calendar.workingDaysBetween(ref, r.legalDeadline);
        } catch (HallException noSchedule) {
            // only for a deadline beyond next year (the current and next year are always served, provisionally
            // at worst), which intake refuses: the colour stands, the count of days is unknown
        }
        // computed now, never stored: it turns false the moment the official schedule is loaded
        return new SlaView(colour, promised, legal, r.yellowOn, r.slaRung, calendar.provisional(r.acceptedOn, r.promisedDeadline),
                calendar.provisional(r.acceptedOn, r.legalDeadline));
    }

    /** @return whether an open case's deadlines count over a provisional year */
    static boolean provisional(CaseRow r, WorkingCalendar calendar) {
        return r.acceptedOn != null && r.legalDeadline != null && r.decidedOn == null && !r.status.closed()
                && calendar.provisional(r.acceptedOn, r.legalDeadline);
    }
}
