package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.directline.Demands;

/** {@code hall:demands [--status S]}: enterprises' demands, newest first. Role: admin. */
@Service
@Command(scope = "hall", name = "demands", description = "Enterprises' demands (诉求), newest first")
public class DemandsCommand implements Action {

    @Reference
    private Demands demands;

    @Option(name = "--status", aliases = "-s", description = "SUBMITTED, ASSIGNED, IN_PROGRESS, ANSWERED, CLOSED or REJECTED")
    private String status;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column("Demand");
        table.column("Key");
        table.column("Category");
        table.column("To");
        table.column("Dept");
        table.column("Status");
        table.column("Answer due");
        table.column("Rung").alignRight();
        var list = demands.list(status, ConsoleActor.current());
        list.forEach(d -> table.addRow().addContent(d.demandNumber(), d.keyEnterprise() ? "重点" : "", d.category(), d.addressedTo(),
                d.department(), d.status(), d.answerDue(), d.rung()));
        table.print(System.out);
        System.out.println(list.size() + " demand(s)");
        return null;
    }
}
