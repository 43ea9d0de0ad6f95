package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.CalendarDay;
import org.qinqing.hall.api.CalendarYear;
import org.qinqing.hall.api.WorkingCalendar;

/**
 * {@code hall:calendar [YEAR]}: the working-day schedules (official, or provisional for the current and
 * next year while their notice is not loaded), or one year's days. Role: admin.
 */
@Service
@Command(scope = "hall", name = "calendar", description = "List the loaded working-day schedules, or the holidays and make-up days of one year")
public class CalendarCommand implements Action {

    @Reference
    private WorkingCalendar calendar;

    @Argument(index = 0, name = "year", description = "A year")
    private Integer year;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        if (year == null) {
            table.column("Year");
            table.column("Kind");
            table.column("Version");
            table.column("Holidays").alignRight();
            table.column("Make-up days").alignRight();
            table.column("Source");
            table.column("Updated by");
            for (CalendarYear y : calendar.years()) {
                long h = y.days().stream().filter(CalendarDay::holiday).count();
                table.addRow().addContent(y.year(), y.provisional() ? "provisional" : "official", y.version(), h, y.days().size() - h,
                        y.source(), y.updatedBy());
            }
            table.print(System.out);
            System.out.println("Calendar version " + calendar.version());
            return null;
        }
        CalendarYear y = calendar.year(year).orElse(null);
        if (y == null) {
            System.out.println("No schedule loaded for " + year + ": time limits reaching into it cannot be computed.");
            return null;
        }
        if (y.provisional()) {
            System.out.println(year + " is provisional: " + y.source() + ". No make-up working days; load the State Council schedule "
                    + "with hall:calendar-load " + year + " FILE as soon as it is published.");
        }
        table.column("Day");
        table.column("Weekday");
        table.column("Kind");
        table.column("Name");
        for (CalendarDay d : y.days()) {
            table.addRow().addContent(d.date(), d.date().getDayOfWeek(), d.holiday() ? "day off" : "make-up working day", d.name());
        }
        table.print(System.out);
        return null;
    }
}
