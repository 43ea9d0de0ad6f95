package org.qinqing.hall.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.Accounts;
import org.qinqing.hall.api.StaffAccount;

/** {@code hall:users}: staff accounts and their roles. Role: admin. */
@Service
@Command(scope = "hall", name = "users", description = "List staff accounts and their roles")
public class UsersCommand implements Action {

    @Reference
    private Accounts accounts;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column("User");
        table.column("Roles");
        for (StaffAccount a : accounts.list()) {
            table.addRow().addContent(a.username(), String.join(",", a.roles()));
        }
        table.print(System.out);
        System.out.println("Initial passwords: " + accounts.initialPasswordFile());
        return null;
    }
}
