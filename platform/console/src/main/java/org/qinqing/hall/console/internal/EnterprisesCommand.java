package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.directline.Category;
import org.qinqing.hall.directline.Enterprises;

/** {@code hall:enterprises [--category C]}: the enterprise registry, or its counts per category. Role: admin. */
@Service
@Command(scope = "hall", name = "enterprises", description = "Enterprises of the direct line, by category")
public class EnterprisesCommand implements Action {

    @Reference
    private Enterprises enterprises;

    @Option(name = "--category", aliases = "-c", description = "A category (LISTED, UNICORN, SMALL_MICRO …); without it, the counts")
    private String category;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        if (category == null) {
            table.column("Category");
            table.column("名称");
            table.column("Enterprises").alignRight();
            enterprises.counts().forEach((c, n) -> table.addRow().addContent(c.name(), c.label(), n));
            table.print(System.out);
            return null;
        }
        Category c = Category.parse(category);
        if (c == null) {
            System.err.println("unknown category " + category);
            return null;
        }
        table.column("Credit code");
        table.column("Name").maxSize(40);
        table.column("Industry");
        table.column("Leader");
        table.column("Liaison");
        var list = enterprises.list(c, 500);
        list.forEach(e -> table.addRow().addContent(e.creditCode(), e.name(), e.industry(), e.leader(), e.liaisonDepartment()));
        table.print(System.out);
        System.out.println(list.size() + " enterprise(s)");
        return null;
    }
}
