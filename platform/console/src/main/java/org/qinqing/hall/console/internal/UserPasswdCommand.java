package org.qinqing.hall.console.internal;

import java.security.SecureRandom;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.qinqing.hall.api.Accounts;

/**
 * {@code hall:user-passwd USER [--generate]}: sets a staff account's password — typed twice
 * (not echoed, never on the command line, so never in the history), or generated and shown once.
 * Set for another account, the account must change it at its next login. Role: admin.
 */
@Service
@Command(scope = "hall", name = "user-passwd", description = "Set a staff account's password (typed twice, or --generate); "
        + "another account must change it at its next login")
public class UserPasswdCommand implements Action {
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @Reference
    private Accounts accounts;

    @Reference
    private Session session;

    @Argument(index = 0, name = "username", required = true, description = "The account")
    private String username;

    @Option(name = "--generate", aliases = "-g", description = "Generate a random 16-character password and show it once")
    private boolean generate;

    @Override
    public Object execute() throws Exception {
        String actor = ConsoleActor.current().id();
        String password;
        if (generate) {
            SecureRandom random = new SecureRandom();
            char[] out = new char[16];
            for (int i = 0; i < out.length; i++) {
                out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            password = new String(out);
        } else {
            password = session.readLine("New password for " + username + ": ", '*');
            String again = session.readLine("Again: ", '*');
            if (password == null || !password.equals(again)) {
                System.out.println("The two passwords differ; nothing changed.");
                return null;
            }
        }
        accounts.setPassword(username, password, actor, "console");
        System.out.println("Password of " + username + " set" + (username.equals(actor) ? "." : "; it must be changed at the next login."));
        if (generate) {
            System.out.println("Password (shown once): " + password);
        }
        return null;
    }
}
