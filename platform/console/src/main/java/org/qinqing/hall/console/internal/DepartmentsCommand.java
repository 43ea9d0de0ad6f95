package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.DepartmentInfo;

/** {@code hall:departments}: every department registration, with refusals and their reasons. Role: admin. */
@Service
@Command(scope = "hall", name = "departments", description = "List departments: code, name, level, items, bundle, status")
public class DepartmentsCommand implements Action {

    @Reference
    private Catalogue catalogue;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column("Code");
        table.column("Name");
        table.column("Level");
        table.column("Items").alignRight();
        table.column("Bundle");
        table.column("Version");
        table.column("Status");
        table.column("Message").maxSize(100).wrap();
        for (DepartmentInfo d : catalogue.departments()) {
            table.addRow().addContent(d.code(), d.name(), d.level() == null ? "" : d.level().label(), d.itemCount(),
                    d.bundle(), d.bundleVersion(), d.status(), d.message());
        }
        table.print(System.out);
        return null;
    }
}
