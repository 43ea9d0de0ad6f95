package org.qinqing.hall.floor.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.qinqing.hall.floor.Floor;
import org.qinqing.hall.floor.Queue;
import org.qinqing.hall.floor.Site;

/** {@code hall:sites}: the main hall, street centres and community kiosks with their hours, windows and queues. Role: admin. */
@Service
@Command(scope = "hall", name = "sites", description = "List the sites (hall, street centres, community kiosks) with opening hours, windows and queues")
public class SitesCommand implements Action {

    @Reference
    private Floor floor;

    @Override
    public Object execute() {
        ShellTable t = new ShellTable();
        t.column("Code");
        t.column("Kind");
        t.column("Name");
        t.column("Hours");
        t.column("Windows").alignRight();
        t.column("Queues");
        t.column("Slot");
        for (Site s : floor.sites()) {
            t.addRow().addContent(s.code(), s.kind(), s.name(), s.opens() + "-" + s.closes(), s.windows().size(),
                    String.join(" ", s.queues().stream().map(Queue::prefix).toList()), s.slotMinutes() + " min x " + s.slotCapacity());
        }
        t.print(System.out);
        return null;
    }
}
