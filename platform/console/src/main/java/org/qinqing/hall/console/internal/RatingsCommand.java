package org.qinqing.hall.console.internal;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.directline.RatingStats;
import org.qinqing.hall.directline.Ratings;

/** {@code hall:ratings [--by department|item|window|clerk|month] [--from D] [--to D]}: 好差评 figures. Role: admin. */
@Service
@Command(scope = "hall", name = "ratings", description = "好差评 figures: satisfaction, bad ratings, rectified on time, open rectifications")
public class RatingsCommand implements Action {

    @Reference
    private Ratings ratings;

    @Reference
    private HallClock clock;

    @Option(name = "--by", description = "department (default), item, window, clerk or month")
    private String by = "department";

    @Option(name = "--from", description = "First day (default: 1 January)")
    private String from;

    @Option(name = "--to", description = "Last day (default: today)")
    private String to;

    @Override
    public Object execute() {
        LocalDate today = clock.today();
        RatingStats s = ratings.stats(null, from == null ? today.withDayOfYear(1) : LocalDate.parse(from), to == null ? today : LocalDate.parse(to), by);
        ConsoleTable table = new ConsoleTable();
        table.column(by);
        table.column("Ratings").alignRight();
        table.column("Satisfied").alignRight();
        table.column("Bad").alignRight();
        table.column("Rectified on time").alignRight();
        table.column("Open").alignRight();
        s.rows().forEach(r -> table.addRow().addContent(r.key(), r.ratings(), percent(r.satisfactionRate()), r.bad(), r.rectifiedOnTime(), r.open()));
        table.addRow().addContent("TOTAL", s.ratings(), percent(s.satisfactionRate()), s.bad(), s.rectifiedOnTime(), s.open());
        table.print(System.out);
        System.out.println("callback rate " + percent(s.callbackRate()));
        return null;
    }

    private static String percent(double rate) {
        return String.format("%.1f%%", rate * 100);
    }
}
