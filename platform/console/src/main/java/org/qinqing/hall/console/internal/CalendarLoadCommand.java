package org.qinqing.hall.console.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.api.action.Completion;
import org.qinqing.hall.api.CalendarDay;
import org.qinqing.hall.api.CalendarYear;
import org.qinqing.hall.api.Sla;
import org.qinqing.hall.api.WorkingCalendar;

/**
 * {@code hall:calendar-load YEAR FILE --source TEXT}: loads or corrects a year's schedule from a
 * file of lines {@code YYYY-MM-DD off|work NAME} (a day off, or a make-up working day), then
 * recomputes open deadlines and names the cases that moved. Role: admin.
 */
@Service
@Command(scope = "hall", name = "calendar-load", description = "Load a year's holidays and make-up days from a file; recompute open deadlines")
public class CalendarLoadCommand implements Action {

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private Sla sla;

    @Argument(index = 0, name = "year", required = true, description = "The year")
    private int year;

    @Argument(index = 1, name = "file", required = true, description = "Lines: YYYY-MM-DD off|work NAME")
    @Completion(FileCompleter.class)
    private String file;

    @Option(name = "--source", required = true, description = "The notice it comes from")
    private String source;

    @Override
    public Object execute() throws Exception {
        List<CalendarDay> days = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(Paths.get(file), StandardCharsets.UTF_8)) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+", 3);
            if (parts.length < 3 || !(parts[1].equals("off") || parts[1].equals("work"))) {
                throw new IllegalArgumentException("line " + n + ": expected YYYY-MM-DD off|work NAME, found: " + t);
            }
            days.add(new CalendarDay(LocalDate.parse(parts[0]), parts[1].equals("off"), parts[2]));
        }
        CalendarYear y = calendar.putYear(year, days, source, ConsoleActor.current());
        System.out.println("Loaded " + year + " as calendar version " + y.version() + " (" + days.size() + " days)");
        List<String> moved = sla.recompute(ConsoleActor.current());
        System.out.println(moved.size() + " open case(s) moved: " + String.join(" ", moved));
        return null;
    }
}
