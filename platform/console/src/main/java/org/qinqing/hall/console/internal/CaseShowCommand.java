package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.api.CaseMaterial;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.ClockPause;

/** {@code hall:case-show NUMBER}: a case with its clocks, materials and timeline. Role: admin. */
@Service
@Command(scope = "hall", name = "case-show", description = "Show a case: status, clocks, materials, pauses and its audit timeline")
public class CaseShowCommand implements Action {
    /** Shown under a provisional deadline. */
    static final String PROVISIONAL = "(a deadline counts over a year whose holiday schedule is computed from the law; it is recomputed "
            + "when the State Council schedule is loaded with hall:calendar-load)";

    @Reference
    private Cases cases;

    @Argument(index = 0, name = "number", required = true, description = "Case number")
    private String number;

    @Override
    public Object execute() {
        CaseView c = cases.get(number, ConsoleActor.current());
        System.out.println(c.caseNumber() + "  " + c.status().label() + " (" + c.status() + ")  version " + c.version());
        System.out.println("Item       " + c.itemName() + " [" + c.itemCode() + " @" + c.itemVersion() + "]  " + c.departmentName());
        System.out.println("Applicant  " + c.applicantName() + " " + c.applicant() + (c.agent() == null ? "" : "  agent " + c.agent()));
        System.out.println("Channel    " + c.channel() + (c.window() == null ? "" : " window " + c.window()) + "  visits " + c.visits()
                + "/" + c.maxVisits());
        boolean provisional = c.sla() != null && c.sla().provisional();
        System.out.println("Accepted   " + (c.acceptedAt() == null ? "-" : c.acceptedAt()) + "   promised " + nz(c.promisedDeadline())
                + "   legal " + nz(c.legalDeadline()) + (provisional ? " 暂定 provisional" : "") + " (" + c.limitUnit() + ", calendar v"
                + c.calendarVersion() + ")");
        if (provisional) {
            System.out.println("           " + PROVISIONAL);
        }
        if (c.decisionReason() != null) {
            System.out.println("Reason     " + c.decisionReason());
        }
        ConsoleTable materials = new ConsoleTable();
        materials.column("Material");
        materials.column("Title");
        materials.column("Vault");
        materials.column("Valid until");
        materials.column("How");
        for (CaseMaterial m : c.materials()) {
            materials.addRow().addContent(m.name(), m.title(), m.vaultId() == null ? "" : m.vaultId(), nz(m.validUntil()),
                    m.presented() ? "original presented" : m.fromVault() ? "reused from vault" : "uploaded");
        }
        materials.print(System.out);
        for (ClockPause p : c.pauses()) {
            System.out.println("Paused     " + p.kind() + " " + p.startedOn() + " -> " + nz(p.endedOn()) + " (" + p.workingDays()
                    + " working days) " + p.reason());
        }
        ConsoleTable timeline = new ConsoleTable();
        timeline.column("#");
        timeline.column("At");
        timeline.column("Action");
        timeline.column("By");
        timeline.column("Channel");
        timeline.column("From");
        timeline.column("To");
        timeline.column("Reason").maxSize(40);
        for (AuditEntry e : c.timeline()) {
            timeline.addRow().addContent(e.seq(), e.at(), e.action(), e.actor(), e.channel(), nz(e.fromStatus()), nz(e.toStatus()),
                    nz(e.reason()));
        }
        timeline.print(System.out);
        return null;
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }
}
