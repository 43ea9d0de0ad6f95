package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.AuditLog;
import org.qinqing.hall.spi.AuditAnchor;

/** {@code hall:audit-anchor}: anchors the audit chain's head now (signed, appended to data/hall/audit-anchors.log, sent to every notifier). Role: admin. */
@Service
@Command(scope = "hall", name = "audit-anchor", description = "Anchor the audit chain's head now: signed, appended to data/hall/audit-anchors.log, sent to every notifier")
public class AuditAnchorCommand implements Action {

    @Reference
    private AuditLog audit;

    @Override
    public Object execute() {
        AuditAnchor a = audit.anchor();
        System.out.println("Anchored record " + a.seq() + " (hash " + a.hash() + ", recorded " + a.recordedAt() + ") with key " + a.keyId());
        return null;
    }
}
