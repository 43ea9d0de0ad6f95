package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.ClockPause;
import org.qinqing.hall.api.SlaView;

/** {@code hall:sla CASE}: a case's two clocks, colour, remaining days, pauses and fired rungs. Role: admin. */
@Service
@Command(scope = "hall", name = "sla", description = "Show a case's clocks: deadlines, colour, remaining working days, pauses, escalations")
public class SlaCommand implements Action {

    @Reference
    private Cases cases;

    @Argument(index = 0, name = "case", required = true, description = "Case number")
    private String number;

    @Override
    public Object execute() {
        CaseView c = cases.get(number, ConsoleActor.current());
        SlaView s = c.sla();
        System.out.println(c.caseNumber() + "  " + c.itemName() + "  " + c.status().label());
        System.out.println("Colour      " + s.colour() + "   rungs fired " + s.rungsFired() + " (1 yellow, 2 red, 3 overdue)");
        System.out.println("Accepted    " + (c.acceptedAt() == null ? "-" : c.acceptedAt()) + "   yellow from " + nz(s.yellowOn()));
        System.out.println("Promised    " + nz(c.promisedDeadline()) + mark(s.promisedProvisional()) + "   remaining "
                + nz(s.remainingPromised()) + " working days");
        System.out.println("Legal       " + nz(c.legalDeadline()) + mark(s.legalProvisional()) + "   remaining " + nz(s.remainingLegal())
                + " working days (" + c.limitUnit() + ", calendar v" + c.calendarVersion() + ")");
        if (s.provisional()) {
            System.out.println("            " + CaseShowCommand.PROVISIONAL);
        }
        for (ClockPause p : c.pauses()) {
            System.out.println("Paused      " + p.kind() + " " + p.startedOn() + " -> " + nz(p.endedOn()) + "  " + p.workingDays()
                    + " working days  " + p.reason() + " (" + p.startedBy() + ")");
        }
        c.timeline().stream().filter(e -> e.action().startsWith("sla-") || e.action().equals("extend")
                || e.action().equals("deadline-recompute")).forEach(e -> System.out.println("Event       " + e.at() + " " + e.action()
                        + " " + (e.reason() == null ? "" : e.reason())));
        return null;
    }

    private static String mark(boolean provisional) {
        return provisional ? " 暂定 provisional" : "";
    }

    private static Object nz(Object o) {
        return o == null ? "-" : o;
    }
}
