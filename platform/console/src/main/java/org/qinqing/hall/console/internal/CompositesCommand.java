package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.CompositeInfo;
import org.qinqing.hall.api.CompositeStats;
import org.qinqing.hall.api.Composites;

/** {@code hall:composites}: composite items, their steps, availability and savings. Role: admin. */
@Service
@Command(scope = "hall", name = "composites", description = "Composite items (并联审批): steps, availability (missing departments), critical path and savings")
public class CompositesCommand implements Action {

    @Reference
    private Composites composites;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column("Code");
        table.column("Name").maxSize(24);
        table.column("Status");
        table.column("Steps (after)").maxSize(70);
        table.column("Days").alignRight();
        table.column("One by one").alignRight();
        table.column("Cases").alignRight();
        table.column("Saved").alignRight();
        table.column("Bundle");
        table.column("Message").maxSize(60);
        var stats = composites.stats();
        for (CompositeInfo c : composites.composites()) {
            CompositeStats s = stats.stream().filter(x -> x.code().equals(c.code())).findFirst().orElse(null);
            StringBuilder steps = new StringBuilder();
            for (CompositeInfo.StepInfo st : c.steps()) {
                steps.append(steps.length() == 0 ? "" : ", ").append(st.id()).append('@').append(st.department())
                        .append(st.dependsOn().isEmpty() ? "" : "(" + String.join("+", st.dependsOn()) + ")");
            }
            table.addRow().addContent(c.code(), c.name(), c.status(), steps, c.promisedDays(), c.sequentialPromisedDays(),
                    s == null ? "" : s.cases(), s == null ? "" : s.timeSavedPercent() + "%", c.bundle() + " " + c.version(),
                    c.message() == null ? "" : c.message());
        }
        table.print(System.out);
        return null;
    }
}
