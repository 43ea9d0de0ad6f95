package org.qinqing.hall.console.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.framework.FrameworkUtil;
import org.qinqing.hall.api.Accounts;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.DepartmentStatus;

/**
 * {@code hall:welcome}: the line under the console banner (etc/shell.init.script runs it in every
 * interactive session): the hall's version, the departments loaded, where the initial passwords
 * are. The banner itself is static (etc/branding.properties); these facts are not. Roles: admin, ssh.
 */
@Service
@Command(scope = "hall", name = "welcome", description = "The hall's version, the departments loaded and where the initial passwords are")
public class WelcomeCommand implements Action {

    @Reference
    private Catalogue catalogue;

    @Reference
    private Accounts accounts;

    @Override
    public Object execute() {
        String version = FrameworkUtil.getBundle(WelcomeCommand.class).getVersion().toString();
        System.out.println(text(version, catalogue.departments(), accounts.initialPasswordFile()));
        return null;
    }

    /** @return two lines: version and departments (those not active named with their status), then the password file */
    static String text(String version, List<DepartmentInfo> departments, Path passwords) {
        List<String> active = departments.stream().filter(d -> d.status() == DepartmentStatus.ACTIVE)
                .map(DepartmentInfo::code).sorted().toList();
        String others = departments.stream().filter(d -> d.status() != DepartmentStatus.ACTIVE)
                .map(d -> d.code() + " " + d.status()).sorted().collect(Collectors.joining(", "));
        return "Qinqing Hall " + version + " · " + active.size() + (active.size() == 1 ? " department" : " departments")
                + " loaded" + (active.isEmpty() ? "" : ": " + String.join(" ", active))
                + (others.isEmpty() ? "" : " (not active: " + others + ")") + "\n"
                + "Initial staff passwords: " + passwords.toAbsolutePath()
                + (passwords.toFile().isFile() ? "" : " (not written yet)");
    }
}
