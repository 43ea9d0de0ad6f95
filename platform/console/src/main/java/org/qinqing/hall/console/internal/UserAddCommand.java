package org.qinqing.hall.console.internal;

import java.util.LinkedHashSet;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.qinqing.hall.api.Accounts;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.StaffAccount;
import org.qinqing.hall.console.completers.DepartmentCompleter;

/** {@code hall:user-add NAME ROLE… [--department CODE]…}: a staff account with a random password, shown once. Role: admin. */
@Service
@Command(scope = "hall", name = "user-add", description = "Create a staff account with roles; prints its random password once")
public class UserAddCommand implements Action {

    @Reference
    private Accounts accounts;

    @Argument(index = 0, name = "username", required = true, description = "Login name (lowercase letters, digits, hyphens)")
    private String username;

    @Argument(index = 1, name = "roles", required = true, multiValued = true, description = "clerk, approver, supervisor, admin")
    @Completion(values = {"clerk", "approver", "supervisor", "admin"}, value = StringsCompleter.class)
    private List<String> roles;

    @Option(name = "--department", aliases = "-d", multiValued = true, description = "Department an approver acts for")
    @Completion(DepartmentCompleter.class)
    private List<String> departments;

    @Override
    public Object execute() {
        LinkedHashSet<String> all = new LinkedHashSet<>(roles);
        if (departments != null) {
            departments.forEach(d -> all.add(Roles.department(d)));
        }
        StaffAccount a = accounts.create(username, all);
        System.out.println("Created " + a.username() + " with roles " + a.roles());
        System.out.println("Password (shown once): " + a.password());
        return null;
    }
}
