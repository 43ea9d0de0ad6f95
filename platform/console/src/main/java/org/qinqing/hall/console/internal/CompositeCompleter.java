package org.qinqing.hall.console.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.qinqing.hall.api.CompositeCase;
import org.qinqing.hall.api.Composites;

/** Completes the numbers of open composite cases (newest 200). */
@Service
public class CompositeCompleter implements Completer {

    @Reference
    private Composites composites;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        StringsCompleter numbers = new StringsCompleter();
        for (CompositeCase c : composites.list(true, 200, ConsoleActor.current())) {
            numbers.getStrings().add(c.caseNumber());
        }
        return numbers.complete(session, line, candidates);
    }
}
