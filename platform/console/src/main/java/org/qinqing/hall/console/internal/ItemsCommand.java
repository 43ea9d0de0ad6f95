package org.qinqing.hall.console.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.ItemQuery;
import org.qinqing.hall.console.completers.DepartmentCompleter;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;

/** {@code hall:items [--department CODE] [TEXT]}: search the catalogue. Role: admin. */
@Service
@Command(scope = "hall", name = "items", description = "Search items by name, pinyin or keyword, optionally in one department")
public class ItemsCommand implements Action {

    @Reference
    private Catalogue catalogue;

    @Option(name = "--department", aliases = "-d", description = "Department code")
    @Completion(DepartmentCompleter.class)
    private String department;

    @Argument(index = 0, name = "text", description = "Words to find in name, pinyin, initials or keywords", multiValued = true)
    private List<String> text;

    @Override
    public Object execute() {
        String q = text == null ? null : String.join(" ", text);
        List<CatalogueItem> items = catalogue.items(new ItemQuery(department, q, null, null));
        ConsoleTable table = new ConsoleTable();
        table.column("Code");
        table.column("Name").maxSize(40);
        table.column("Dept");
        table.column("Type");
        table.column("Party");
        table.column("Legal").alignRight();
        table.column("Promised").alignRight();
        table.column("Visits").alignRight();
        table.column("Flags");
        for (CatalogueItem ci : items) {
            Item i = ci.item();
            table.addRow().addContent(i.code(), i.name(), ci.department(), i.type().label(), i.party().label(),
                    i.legalLimit(), i.promisedLimit(), i.maxVisits(), flags(i));
        }
        table.print(System.out);
        System.out.println(items.size() + " item(s)");
        return null;
    }

    private static String flags(Item i) {
        StringBuilder sb = new StringBuilder();
        for (Flag f : i.flags()) {
            sb.append(sb.length() == 0 ? "" : ",").append(f.key());
        }
        return sb.toString();
    }
}
