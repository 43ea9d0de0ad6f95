package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.CompositeCase;
import org.qinqing.hall.api.Composites;

/** {@code hall:composite-show NUMBER}: a composite case with its steps, their sub-cases, holders and clocks. Role: admin. */
@Service
@Command(scope = "hall", name = "composite-show", description = "Show a composite case (NC…): its steps, their sub-cases, holders and clocks")
public class CompositeShowCommand implements Action {

    @Reference
    private Composites composites;

    @Argument(index = 0, name = "number", required = true, description = "Composite case number (NC…)")
    @Completion(CompositeCompleter.class)
    private String number;

    @Override
    public Object execute() {
        CompositeCase c = composites.get(number, ConsoleActor.current());
        System.out.println(c.caseNumber() + "  " + c.statusLabel() + " (" + c.status() + ")  version " + c.version());
        System.out.println("Composite  " + c.compositeName() + " [" + c.compositeCode() + "]");
        System.out.println("Applicant  " + c.applicantName() + " " + c.applicant() + "   channel " + c.channel()
                + (c.window() == null ? "" : " window " + c.window()) + "  visits " + c.visits());
        System.out.println("Accepted   " + c.acceptedOn() + "   promised " + c.promisedDeadline() + "   legal " + c.legalDeadline()
                + "   forecast " + (c.forecast() == null ? "-" : c.forecast()));
        if (c.decisionReason() != null) {
            System.out.println("Reason     " + c.decisionReason());
        }
        ConsoleTable table = new ConsoleTable();
        table.column("Step");
        table.column("After");
        table.column("Department").maxSize(20);
        table.column("Item").maxSize(24);
        table.column("Status");
        table.column("Sub-case");
        table.column("Case status");
        table.column("Holder");
        table.column("Promised");
        table.column("Colour");
        table.column("Forecast");
        table.column("Note").maxSize(50);
        for (CompositeCase.StepState s : c.steps()) {
            table.addRow().addContent(s.id(), String.join("+", s.dependsOn()), s.departmentName(), s.itemName(), s.status(),
                    nz(s.caseNumber()), s.caseStatus() == null ? "" : s.caseStatus().label(), nz(s.holder()), nz(s.promisedDeadline()),
                    s.sla() == null ? "" : s.sla().colour(), nz(s.forecast()), nz(s.message()));
        }
        table.print(System.out);
        return null;
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }
}
