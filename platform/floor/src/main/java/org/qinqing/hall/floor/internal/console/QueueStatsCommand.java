package org.qinqing.hall.floor.internal.console;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.floor.Floor;
import org.qinqing.hall.floor.QueueStats;

/** {@code hall:queue-stats [SITE]}: the day's queue figures per site, queue and window. Role: admin. */
@Service
@Command(scope = "hall", name = "queue-stats", description = "Queue statistics per site, queue and window: tickets, served, no-shows, waits, service time, bookings, VIP and talent services")
public class QueueStatsCommand implements Action {

    @Reference
    private Floor floor;

    @Reference
    private HallClock clock;

    @Argument(index = 0, name = "site", required = false, description = "Site code (default: all)")
    private String site;

    @Option(name = "--from", description = "First day, YYYY-MM-DD (default: today)")
    private String from;

    @Option(name = "--to", description = "Last day, YYYY-MM-DD (default: the first)")
    private String to;

    @Override
    public Object execute() {
        LocalDate f = from == null ? clock.today() : LocalDate.parse(from);
        LocalDate t = to == null ? f : LocalDate.parse(to);
        QueueStats s = floor.stats(site, f, t);
        System.out.println(f + " .. " + t + "   wait target " + s.targetWaitMinutes() + " min");
        ShellTable table = new ShellTable();
        for (String h : new String[] {"Group", "Site", "Queue/window", "Tickets", "Served", "No-show", "Avg wait", "P90 wait", "Over target",
                "Avg service", "Booked", "Checked in", "VIP", "Talent"}) {
            table.column(h);
        }
        for (QueueStats.Row r : s.rows()) {
            table.addRow().addContent(r.group(), r.site(), r.key() == null ? "" : r.key(), r.tickets(), r.served(), r.noShows(),
                    r.avgWaitMinutes(), r.p90WaitMinutes(), Math.round(r.overTargetShare() * 100) + "%", r.avgServiceMinutes(),
                    r.booked(), r.checkedIn(), r.vipServices(), r.talentServices());
        }
        table.print(System.out);
        return null;
    }
}
