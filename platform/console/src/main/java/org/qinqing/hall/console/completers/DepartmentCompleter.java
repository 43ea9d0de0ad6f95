package org.qinqing.hall.console.completers;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.DepartmentStatus;

/** Completes the codes of departments in the catalogue (active and withdrawn). */
@Service
public class DepartmentCompleter implements Completer {

    @Reference
    private Catalogue catalogue;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        StringsCompleter codes = new StringsCompleter();
        for (DepartmentInfo d : catalogue.departments()) {
            if (d.status() != DepartmentStatus.REFUSED) {
                codes.getStrings().add(d.code());
            }
        }
        return codes.complete(session, line, candidates);
    }
}
