package org.qinqing.hall.console.internal;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.Sla;
import org.qinqing.hall.api.SlaStats;
import org.qinqing.hall.console.completers.DepartmentCompleter;

/** {@code hall:stats}: on-time rate, days taken against the limits, compression, overdue and suspended time. Role: admin. */
@Service
@Command(scope = "hall", name = "stats", description = "SLA statistics of decided cases per department or item for a period")
public class StatsCommand implements Action {

    @Reference
    private Sla sla;

    @Reference
    private HallClock clock;

    @Option(name = "--from", description = "First day, YYYY-MM-DD (default: 1 January this year)")
    private String from;

    @Option(name = "--to", description = "Last day, YYYY-MM-DD (default: today)")
    private String to;

    @Option(name = "--department", aliases = "-d", description = "Department code")
    @Completion(DepartmentCompleter.class)
    private String department;

    @Option(name = "--by", description = "department (default) or item")
    @Completion(values = {"department", "item"}, value = StringsCompleter.class)
    private String by = "department";

    @Override
    public Object execute() {
        LocalDate today = clock.today();
        SlaStats s = sla.stats(from == null ? today.withDayOfYear(1) : LocalDate.parse(from), to == null ? today : LocalDate.parse(to),
                department, null, by);
        ConsoleTable table = new ConsoleTable();
        for (String col : new String[] {"Key", "Name", "Decided", "On time %", "Mean d", "Median d", "Promised d", "Legal d", "Items",
            "Halved", "Compression %", "Overdue open", "Overdue decided", "Suspended d"}) {
            table.column(col);
        }
        for (SlaStats.Row r : s.rows()) {
            add(table, r);
        }
        add(table, s.total());
        System.out.println("Decided " + s.from() + " .. " + s.to() + ", by " + s.groupBy());
        table.print(System.out);
        return null;
    }

    private static void add(ConsoleTable t, SlaStats.Row r) {
        t.addRow().addContent(r.key(), r.name(), r.decided(), pct(r.onTimeRate()), num(r.meanDays()), num(r.medianDays()),
                num(r.meanPromisedLimit()), num(r.meanLegalLimit()), r.items(), r.halvedItems(), pct(r.compression()), r.overdueOpen(),
                r.overdueDecided(), r.suspendedDays());
    }

    private static String num(Double d) {
        return d == null ? "-" : String.format("%.1f", d);
    }

    private static String pct(Double d) {
        return d == null ? "-" : String.format("%.0f", d * 100);
    }
}
