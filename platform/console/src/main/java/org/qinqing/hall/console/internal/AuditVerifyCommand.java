package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.AuditLog;
import org.qinqing.hall.api.AuditVerification;

/** {@code hall:audit-verify}: recomputes the audit chain and names the first record changed or removed. Role: admin. */
@Service
@Command(scope = "hall", name = "audit-verify", description = "Verify the hash-chained audit trail end to end")
public class AuditVerifyCommand implements Action {

    @Reference
    private AuditLog audit;

    @Override
    public Object execute() {
        AuditVerification v = audit.verify();
        if (v.valid()) {
            System.out.println("Audit trail intact: " + v.records() + " records, head hash " + v.headHash());
        } else {
            System.out.println("AUDIT TRAIL BROKEN at record " + v.firstBad() + ": " + v.problem());
            System.out.println(v.records() + " records before it verify; last good hash " + v.headHash());
        }
        return null;
    }
}
