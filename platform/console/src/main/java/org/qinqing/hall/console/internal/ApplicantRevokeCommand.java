package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.console.completers.ApplicantCompleter;
import org.qinqing.hall.online.Applicants;

/** {@code hall:applicant-revoke NUMBER}: ends every session of an applicant, on every node within seconds. Role: admin. */
@Service
@Command(scope = "hall", name = "applicant-revoke", description = "Revoke every online session of an applicant (logs them out everywhere)")
public class ApplicantRevokeCommand implements Action {

    @Reference
    private Applicants applicants;

    @Argument(index = 0, name = "number", required = true, description = "The applicant's resident ID number")
    @Completion(ApplicantCompleter.class)
    private String number;

    @Override
    public Object execute() {
        int open = applicants.revoke(number, ConsoleActor.current());
        System.out.println("Revoked " + open + " open session(s) of " + Masking.mask(number.trim())
                + "; other nodes drop them within 5 s.");
        return null;
    }
}
