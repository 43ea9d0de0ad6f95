package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueReport;

/** {@code hall:catalogue-report}: the 5×100% figures per department and whether the hall keeps the seed's promises. Role: admin. */
@Service
@Command(scope = "hall", name = "catalogue-report", description = "5x100% figures per department and in total; the seed's promises kept or not")
public class CatalogueReportCommand implements Action {

    @Reference
    private Catalogue catalogue;

    @Override
    public Object execute() {
        CatalogueReport r = catalogue.report();
        ConsoleTable table = new ConsoleTable();
        for (String c : new String[] {"Dept", "Level", "Items", "1-window", "Online", "Fully", "0-visit", "WeChat", "Halved",
            "Max visits", "秒批", "Legal-person online", "Compression"}) {
            table.column(c).alignRight();
        }
        for (CatalogueReport.Figures f : r.departments()) {
            add(table, f.code(), f.level(), f);
        }
        add(table, "TOTAL", "", r.total());
        table.print(System.out);
        ConsoleTable promises = new ConsoleTable();
        promises.column("Promise");
        promises.column("Expected");
        promises.column("Actual");
        promises.column("Kept");
        for (CatalogueReport.Promise p : r.promises()) {
            promises.addRow().addContent(p.promise(), p.expected(), p.actual(), p.kept() ? "yes" : "NO");
        }
        promises.print(System.out);
        return null;
    }

    private static void add(ConsoleTable t, String code, String level, CatalogueReport.Figures f) {
        t.addRow().addContent(code, level, f.items(), f.oneWindow(), f.online(), f.fullyOnline(), f.zeroVisit(), f.wechat(),
                f.halvedLimit(), f.maxVisits(), f.instant(), f.legalPersonFullyOnline() + "/" + f.legalPersonItems(),
                String.format("%.0f%%", f.compression() * 100));
    }
}
