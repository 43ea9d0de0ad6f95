package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.ScanResult;
import org.qinqing.hall.api.Sla;

/** {@code hall:sla-scan}: run the deadline scan now. Role: admin. */
@Service
@Command(scope = "hall", name = "sla-scan", description = "Run the deadline scan now (it also runs on its schedule)")
public class SlaScanCommand implements Action {

    @Reference
    private Sla sla;

    @Override
    public Object execute() {
        ScanResult r = sla.scan();
        System.out.println("Due " + r.due() + ": yellow " + r.yellow() + ", red " + r.red() + ", overdue " + r.overdue() + " in " + r.millis() + " ms");
        return null;
    }
}
