package org.qinqing.hall.security.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.Sql;
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
 * {@code clerk}, {@code supervisor}, {@code kiosk} and {@code approver-<department>} for each department that
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
    private static final Set<String> PLAIN_ROLES = Set.of(Roles.CLERK, Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN, Roles.KIOSK);
    /** Karaf's administrator group (admin, manager, viewer, systembugger, ssh), defined in etc/users.properties. */
    static final String KARAF_ADMIN_GROUP = "admingroup";

    private final RealmUsers realm;
    private final PasswordFile passwords;
    private final boolean demoAccounts;
    private Catalogue catalogue;
    private Database db;
    private List<Migration> migrations = List.of();
    private final java.util.concurrent.atomic.AtomicLong passwordChanges = new java.util.concurrent.atomic.AtomicLong();

    public AccountService(RealmUsers realm, boolean demoAccounts) {
        this.realm = realm;
        this.passwords = new PasswordFile(Paths.get(System.getProperty("karaf.data", "data"), "hall", "initial-passwords.txt"));
        this.demoAccounts = demoAccounts;
    }

    public void setCatalogue(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void setDatabase(Database db) {
        this.db = db;
    }

    public void setMigrations(List<Migration> migrations) {
        this.migrations = migrations;
    }

    /** First-start accounts; later starts find them and leave them alone. */
    /** Stops the checks of freshly created accounts. */
    public void stop() {
        later.shutdownNow();
    }

    public void start() {
        db.migrate("security", migrations);
        flagInitialPasswords();
        ensure("admin", Set.of(Roles.ADMIN), Set.of(KARAF_ADMIN_GROUP));
        if (demoAccounts) {
            ensure("clerk", Set.of(Roles.CLERK), Set.of());
            ensure("supervisor", Set.of(Roles.SUPERVISOR), Set.of());
            ensure("kiosk", Set.of(Roles.KIOSK), Set.of());
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
        markMustChange(user, true, null, null);
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
                throw HallException.invalid("roles", "unknown role '" + r + "'; roles are clerk, approver, supervisor, admin, kiosk and dept:<department>");
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
        markMustChange(username, true, null, null);
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

    @Override
    public boolean mustChangePassword(String username) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT must_change FROM staff_password WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(1) == 1;
                }
            }
        });
    }

    @Override
    public void setPassword(String username, String newPassword, String actor, String channel) {
        PasswordPolicy.check(username, newPassword);
        if (username == null || !realm.exists(username)) {
            throw HallException.notFound("account_not_found", "there is no account named '" + username + "'");
        }
        realm.replacePassword(username, null, newPassword);
        passwordChanges.incrementAndGet();
        boolean own = username.equals(actor);
        markMustChange(username, !own, actor, channel);
        LOG.info("Password of {} {} by {} ({})", username, own ? "changed" : "reset", actor, channel);
    }

    @Override
    public long passwordChanges() {
        return passwordChanges.get();
    }

    /**
     * Re-hashes an account's password with the current scheme after a successful login, when its
     * stored hash is an old one (unsalted SHA-512) or has fewer iterations than today's.
     *
     * @return whether it was re-hashed
     */
    boolean upgradeHash(String username, String password) {
        String stored = realm.stored(username);
        String inner = UsersFile.unwrap(stored);
        if (stored == null || PasswordHashes.current(inner, PasswordHashes.ITERATIONS) || !PasswordHashes.matches(password, inner)) {
            return false;
        }
        if (!realm.replacePassword(username, stored, password)) {
            return false;
        }
        db.write(tx -> {
            tx.audit(new AuditRecord("account", username, "password-rehash", "system:auth", null, null, null, null,
                    "stored hash upgraded to PBKDF2-HMAC-SHA256 at login", null));
            return null;
        });
        LOG.info("Password hash of {} upgraded to PBKDF2-HMAC-SHA256 at its login", username);
        return true;
    }

    /**
     * Accounts listed in the initial password file that still have that password must change it
     * (for halls whose accounts were created before the first-login rule).
     */
    private void flagInitialPasswords() {
        for (Map.Entry<String, String> e : passwords.read().entrySet()) {
            boolean known = db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM staff_password WHERE username = ?")) {
                    ps.setString(1, e.getKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                }
            });
            String stored = realm.exists(e.getKey()) ? realm.stored(e.getKey()) : null;
            if (!known && stored != null && PasswordHashes.matches(e.getValue(), UsersFile.unwrap(stored))) {
                markMustChange(e.getKey(), true, null, null);
            }
        }
    }

    /** Records whether the account must change its password; with an actor, audits the change of password itself. */
    private void markMustChange(String username, boolean mustChange, String actor, String channel) {
        db.write(tx -> {
            PreparedStatement up = tx.prepare("UPDATE staff_password SET must_change = ?, changed_at = ? WHERE username = ?");
            up.setInt(1, mustChange ? 1 : 0);
            Sql.setInstant(up, 2, actor == null ? null : tx.now());
            up.setString(3, username);
            if (up.executeUpdate() == 0) {
                PreparedStatement in = tx.prepare("INSERT INTO staff_password (must_change, changed_at, username) VALUES (?, ?, ?)");
                in.setInt(1, mustChange ? 1 : 0);
                Sql.setInstant(in, 2, actor == null ? null : tx.now());
                in.setString(3, username);
                in.executeUpdate();
            }
            if (actor != null) {
                tx.audit(new AuditRecord("account", username, username.equals(actor) ? "password-change" : "password-reset",
                        actor, channel, null, null, null, mustChange ? "must change it at the next login" : null, null));
            }
            return null;
        });
    }
}
