package org.qinqing.hall.security.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.qinqing.hall.api.Accounts;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueListener;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.DepartmentStatus;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.StaffAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff accounts: creates {@code admin} on first start and, with demo accounts enabled,
 * {@code clerk}, {@code supervisor} and {@code approver-<department>} for each department that
 * becomes active; every generated password goes to the initial password file.
 */
public class AccountService implements Accounts, CatalogueListener {
    private final java.util.concurrent.ScheduledExecutorService later = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hall-accounts-check");
        t.setDaemon(true);
        return t;
    });
    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    private static final Set<String> PLAIN_ROLES = Set.of(Roles.CLERK, Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN);
    /** Karaf's administrator group (admin, manager, viewer, systembugger, ssh), defined in etc/users.properties. */
    static final String KARAF_ADMIN_GROUP = "admingroup";

    private final RealmUsers realm;
    private final PasswordFile passwords;
    private final boolean demoAccounts;
    private Catalogue catalogue;

    public AccountService(RealmUsers realm, boolean demoAccounts) {
        this.realm = realm;
        this.passwords = new PasswordFile(Paths.get(System.getProperty("karaf.data", "data"), "hall", "initial-passwords.txt"));
        this.demoAccounts = demoAccounts;
    }

    public void setCatalogue(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** First-start accounts; later starts find them and leave them alone. */
    /** Stops the checks of freshly created accounts. */
    public void stop() {
        later.shutdownNow();
    }

    public void start() {
        ensure("admin", Set.of(Roles.ADMIN), Set.of(KARAF_ADMIN_GROUP));
        if (demoAccounts) {
            ensure("clerk", Set.of(Roles.CLERK), Set.of());
            ensure("supervisor", Set.of(Roles.SUPERVISOR), Set.of());
            for (DepartmentInfo d : catalogue.departments()) {
                if (d.status() == DepartmentStatus.ACTIVE) {
                    ensureApprover(d.code());
                }
            }
        }
        String where = "Qinqing Hall: initial staff passwords are in " + passwords.path().toAbsolutePath();
        LOG.info(where);
        System.out.println(where);
    }

    @Override
    public void departmentActive(DepartmentInfo department) {
        if (demoAccounts && catalogue != null) {
            // rescan all: a department that arrived while start() ran is caught by the next one
            for (DepartmentInfo d : catalogue.departments()) {
                if (d.status() == DepartmentStatus.ACTIVE) {
                    ensureApprover(d.code());
                }
            }
            ensureApprover(department.code());
        }
    }

    private void ensureApprover(String department) {
        ensure("approver-" + department, Set.of(Roles.APPROVER, Roles.department(department)), Set.of());
    }

    private synchronized void ensure(String user, Set<String> roles, Set<String> groups) {
        if (realm.exists(user)) {
            realm.repair(user, roles, groups);
            return;
        }
        String password = PasswordFile.newPassword();
        if (!realm.add(user, password, roles, groups)) {
            return;
        }
        passwords.append(user, password);
        // a writer of the user file that read it before this change may still write its older copy
        for (long delay : new long[] {1, 3, 10}) {
            later.schedule(() -> realm.repair(user, roles, groups), delay, java.util.concurrent.TimeUnit.SECONDS);
        }
        LOG.info("Created staff account {} with roles {}; password in {}", user, roles, passwords.path());
    }

    @Override
    public synchronized StaffAccount create(String username, Set<String> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw HallException.invalid("username", "username '" + username
                    + "' must be 2-32 lowercase letters, digits or hyphens, starting with a letter");
        }
        for (String r : roles) {
            boolean scoped = r.startsWith(Roles.DEPARTMENT_PREFIX) && r.length() > Roles.DEPARTMENT_PREFIX.length();
            if (!PLAIN_ROLES.contains(r) && !scoped) {
                throw HallException.invalid("roles", "unknown role '" + r + "'; roles are clerk, approver, supervisor, admin and dept:<department>");
            }
        }
        if (realm.exists(username)) {
            throw HallException.conflict("account_exists", "an account named '" + username + "' already exists");
        }
        String password = PasswordFile.newPassword();
        Set<String> groups = roles.contains(Roles.ADMIN) ? Set.of(KARAF_ADMIN_GROUP) : Set.of();
        if (!realm.add(username, password, new LinkedHashSet<>(roles), groups)) {
            throw HallException.conflict("account_exists", "an account named '" + username + "' already exists");
        }
        LOG.info("Created staff account {} with roles {}", username, roles);
        return new StaffAccount(username, Set.copyOf(roles), password);
    }

    @Override
    public List<StaffAccount> list() {
        List<StaffAccount> out = new ArrayList<>();
        for (UserPrincipal u : realm.users()) {
            out.add(new StaffAccount(u.getName(), new TreeSet<>(realm.roles(u)), null));
        }
        out.sort((a, b) -> a.username().compareTo(b.username()));
        return out;
    }

    @Override
    public Path initialPasswordFile() {
        return passwords.path();
    }
}
