package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.online.ApplicantAccount;
import org.qinqing.hall.online.Applicants;
import org.qinqing.hall.spi.Message;

/** {@code hall:applicants}: the online hall's applicant accounts, masked. Role: admin. */
@Service
@Command(scope = "hall", name = "applicants", description = "List the online hall's applicant accounts: number and phone masked, level, last login")
public class ApplicantsCommand implements Action {

    @Reference
    private Applicants applicants;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column("Applicant");
        table.column("Phone");
        table.column("Level");
        table.column("Verified");
        table.column("Last login");
        table.column("Revoked");
        int n = 0;
        for (ApplicantAccount a : applicants.accounts()) {
            table.addRow().addContent(Masking.mask(a.person()), a.phone() == null ? "" : Message.maskPhone(a.phone()), a.level(),
                    a.verifiedHow() == null ? "" : a.verifiedHow() + " by " + a.verifiedBy(), a.lastLogin() == null ? "" : a.lastLogin(),
                    a.revokedAt() == null ? "" : a.revokedAt());
            n++;
        }
        table.print(System.out);
        System.out.println(n + " accounts");
        return null;
    }
}
