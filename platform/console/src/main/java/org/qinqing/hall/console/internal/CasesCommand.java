package org.qinqing.hall.console.internal;

import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.qinqing.hall.api.CaseQuery;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseSummary;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.console.completers.DepartmentCompleter;

/** {@code hall:cases}: the newest cases, filtered. Role: admin. */
@Service
@Command(scope = "hall", name = "cases", description = "List cases, newest first, by status, department, item or applicant")
public class CasesCommand implements Action {

    @Reference
    private Cases cases;

    @Option(name = "--status", aliases = "-s", description = "ACCEPTED, UNDER_REVIEW, …")
    @Completion(values = {"SUPPLEMENT_REQUESTED", "NOT_ACCEPTED", "ACCEPTED", "UNDER_REVIEW", "SUSPENDED", "APPROVED", "DENIED",
        "COMPLETED", "WITHDRAWN"}, value = StringsCompleter.class)
    private String status;

    @Option(name = "--department", aliases = "-d", description = "Department code")
    @Completion(DepartmentCompleter.class)
    private String department;

    @Option(name = "--item", aliases = "-i", description = "Item code")
    private String item;

    @Option(name = "--applicant", aliases = "-a", description = "Applicant ID number or credit code")
    private String applicant;

    @Option(name = "--limit", aliases = "-n", description = "How many (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        CaseStatus s = status == null ? null : CaseStatus.valueOf(status.toUpperCase(Locale.ROOT));
        ConsoleTable table = new ConsoleTable();
        table.column("Case");
        table.column("Status");
        table.column("Item").maxSize(30);
        table.column("Dept");
        table.column("Applicant");
        table.column("Channel");
        table.column("Accepted");
        table.column("Promised");
        table.column("Legal");
        int n = 0;
        for (CaseSummary c : cases.list(new CaseQuery(s, department, item, applicant, limit, 0, false, false), ConsoleActor.current())) {
            table.addRow().addContent(c.caseNumber(), c.status().label(), c.itemName(), c.department(), c.applicant(), c.channel(),
                    c.acceptedAt() == null ? "" : c.acceptedAt().toString().substring(0, 16), nz(c.promisedDeadline()), nz(c.legalDeadline()));
            n++;
        }
        table.print(System.out);
        System.out.println(n + " case(s)");
        return null;
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }
}
