package org.qinqing.hall.console.completers;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.qinqing.hall.online.ApplicantAccount;
import org.qinqing.hall.online.Applicants;

/**
 * Completes applicants' ID numbers, but only once ten characters are typed (region and birth
 * date): the console never lists whole numbers to someone who does not already know whose.
 */
@Service
public class ApplicantCompleter implements Completer {
    private static final int KNOWN = 10;

    @Reference
    private Applicants applicants;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        String typed = line.getCursorArgument() == null ? "" : line.getCursorArgument().substring(0, line.getArgumentPosition());
        StringsCompleter numbers = new StringsCompleter();
        if (typed.length() >= KNOWN) {
            for (ApplicantAccount a : applicants.accounts()) {
                if (a.person().startsWith(typed.toUpperCase(java.util.Locale.ROOT))) {
                    numbers.getStrings().add(a.person());
                }
            }
        }
        return numbers.complete(session, line, candidates);
    }
}
