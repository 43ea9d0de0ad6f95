package org.qinqing.hall.sla.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.qinqing.hall.api.Accountability.Holding;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.WorkingCalendar;

/**
 * 倒查: who held a case at each step, from its audit trail. Each state change opens a period that
 * the next change closes; the holder is whoever ended it (or the department, while it lasts).
 */
final class Holders {

    private Holders() {
    }

    static List<Holding> of(List<AuditEntry> trail, String department, Instant now, WorkingCalendar calendar) {
        List<AuditEntry> changes = new ArrayList<>();
        for (AuditEntry e : trail) {
            if (e.toStatus() != null && !Objects.equals(e.fromStatus(), e.toStatus())) {
                changes.add(e);
            }
        }
        List<Holding> out = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            AuditEntry start = changes.get(i);
            AuditEntry end = i + 1 < changes.size() ? changes.get(i + 1) : null;
            Instant to = end == null ? null : end.at();
            String holder = end == null ? "部门 " + department + "（办理中）" : end.actor();
            out.add(new Holding(start.toStatus(), holder, start.at(), to, days(start.at(), to == null ? now : to, calendar)));
        }
        return out;
    }

    /**
     * Working days held. No fallback to natural days: the current and next year are always served
     * (officially or provisionally), so a year without schedule here is an error worth its 422
     * naming the year, never a quietly different count.
     */
    private static int days(Instant from, Instant to, WorkingCalendar calendar) {
        LocalDate a = LocalDate.ofInstant(from, HallClock.ZONE);
        LocalDate b = LocalDate.ofInstant(to, HallClock.ZONE);
        return calendar.workingDaysBetween(a, b);
    }
}
