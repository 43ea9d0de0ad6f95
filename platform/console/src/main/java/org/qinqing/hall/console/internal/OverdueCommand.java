package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.Sla;
import org.qinqing.hall.console.completers.DepartmentCompleter;

/** {@code hall:overdue [--department CODE]}: open cases past their promised or legal deadline. Role: admin. */
@Service
@Command(scope = "hall", name = "overdue", description = "Open cases past their promised (RED) or legal (OVERDUE) deadline")
public class OverdueCommand implements Action {

    @Reference
    private Sla sla;

    @Option(name = "--department", aliases = "-d", description = "Department code")
    @Completion(DepartmentCompleter.class)
    private String department;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column("Case");
        table.column("Colour");
        table.column("Dept");
        table.column("Item").maxSize(30);
        table.column("Status");
        table.column("Promised");
        table.column("Legal");
        table.column("Days late").alignRight();
        var rows = sla.overdue(department);
        rows.forEach(o -> table.addRow().addContent(o.caseNumber(), o.colour(), o.department(), o.itemName(), o.status(),
                o.promisedDeadline(), o.legalDeadline(), o.workingDaysLate()));
        table.print(System.out);
        System.out.println(rows.size() + " case(s)");
        return null;
    }
}
