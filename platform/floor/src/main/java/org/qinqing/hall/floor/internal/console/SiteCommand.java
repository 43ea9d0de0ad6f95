package org.qinqing.hall.floor.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.qinqing.hall.floor.Floor;
import org.qinqing.hall.floor.Queue;
import org.qinqing.hall.floor.Site;
import org.qinqing.hall.floor.Window;

/** {@code hall:site-show SITE}: a site's queues with their waiting counts, and its windows with what each is calling now. Role: admin. */
@Service
@Command(scope = "hall", name = "site-show", description = "Show a site's queues (waiting now) and windows (current ticket)")
public class SiteCommand implements Action {

    @Reference
    private Floor floor;

    @Argument(index = 0, name = "site", required = true, description = "Site code (hall:sites lists them)")
    private String code;

    @Override
    public Object execute() {
        Site s = floor.site(code);
        var board = floor.board(code);
        System.out.println(s.name() + " (" + s.kind() + ")  " + s.opens() + "-" + s.closes() + " on working days");
        ShellTable q = new ShellTable();
        q.column("Queue");
        q.column("Prefix");
        q.column("Name");
        q.column("Waiting").alignRight();
        for (Queue x : s.queues()) {
            q.addRow().addContent(x.code(), x.prefix(), x.name() + (x.vip() ? " (VIP)" : ""), board.waiting().getOrDefault(x.code(), 0));
        }
        q.print(System.out);
        ShellTable w = new ShellTable();
        w.column("Window");
        w.column("No.").alignRight();
        w.column("Kind");
        w.column("Queues");
        w.column("Now");
        for (Window x : s.windows()) {
            String now = floor.current(x.code()).map(c -> c.ticket().ticket() + " " + c.ticket().state()).orElse("-");
            w.addRow().addContent(x.code(), x.number(), x.kind(), String.join(" ", x.queues()), now);
        }
        w.print(System.out);
        return null;
    }
}
