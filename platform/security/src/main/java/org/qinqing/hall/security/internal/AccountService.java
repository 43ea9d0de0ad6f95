package org.qinqing.hall.security.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.qinqing.hall.api.Accounts;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueListener;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.DepartmentStatus;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.StaffAccount;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff accounts, in the database every node shares ({@link StaffStore}): creates {@code admin} on
 * first start and, with demo accounts enabled, {@code clerk}, {@code supervisor}, {@code kiosk} and
 * {@code approver-<department>} for each department that becomes active; every generated password
 * goes to the initial password file of the node that created it. Accounts an earlier version kept
 * in {@code etc/users.properties} are imported at start and taken out of the file.
 */
public class AccountService implements Accounts, CatalogueListener {
    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    private static final Set<String> PLAIN_ROLES = Set.of(Roles.CLERK, Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN, Roles.KIOSK);
    /** Karaf's administrator group (admin, manager, viewer, systembugger, ssh), defined in the table staff_group_role. */
    static final String KARAF_ADMIN_GROUP = "admingroup";

    private final StaffStore store;
    private final PasswordFile passwords;
    private final UsersFile usersFile;
    private final boolean demoAccounts;
    private final int iterations;
    private Catalogue catalogue;
    private Database db;
    private List<Migration> migrations = List.of();
    private final AtomicLong passwordChanges = new AtomicLong();

    /** Blueprint: the node's data and etc folders, today's PBKDF2 iterations. */
    public AccountService(StaffStore store, boolean demoAccounts) {
        this(store, demoAccounts, Paths.get(System.getProperty("karaf.data", "data"), "hall", "initial-passwords.txt"),
                Paths.get(System.getProperty("karaf.etc", "etc"), "users.properties"), PasswordHashes.ITERATIONS);
    }

    /** @param iterations PBKDF2 iterations of new hashes (tests use few) */
    AccountService(StaffStore store, boolean demoAccounts, Path passwordFile, Path usersFile, int iterations) {
        this.store = store;
        this.passwords = new PasswordFile(passwordFile);
        this.usersFile = new UsersFile(usersFile);
        this.demoAccounts = demoAccounts;
        this.iterations = iterations;
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

    /** The schema, the accounts of users.properties, then the first-start accounts; later starts find them and leave them alone. */
    public void start() {
        db.migrate("security", migrations);
        importUsersFile();
        flagInitialPasswords();
        ensure("admin", Set.of(Roles.ADMIN), Set.of(KARAF_ADMIN_GROUP));
        if (demoAccounts) {
            ensure("clerk", Set.of(Roles.CLERK), Set.of());
            ensure("supervisor", Set.of(Roles.SUPERVISOR), Set.of());
            ensure("kiosk", Set.of(Roles.KIOSK), Set.of());
            if (catalogue != null) {
                for (DepartmentInfo d : catalogue.departments()) {
                    if (d.status() == DepartmentStatus.ACTIVE) {
                        ensureApprover(d.code());
                    }
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
        if (store.exists(user)) {
            if (store.ensureRoles(user, roles, groups)) {
                LOG.warn("Account {} lacked roles {} or groups {}; they are back", user, roles, groups);
            }
            return;
        }
        String password = PasswordFile.newPassword();
        // another node may create it at the same moment: the database keeps one, and only its creator writes the password
        if (!store.add(user, hashGenerated(password), roles, groups, true, null)) {
            return;
        }
        passwords.append(user, password);
        LOG.info("Created staff account {} with roles {}; password in {}", user, roles, passwords.path());
    }

    @Override
    public StaffAccount create(String username, Set<String> roles) {
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
        if (store.exists(username)) {
            throw HallException.conflict("account_exists", "an account named '" + username + "' already exists");
        }
        String password = PasswordFile.newPassword();
        Set<String> groups = roles.contains(Roles.ADMIN) ? Set.of(KARAF_ADMIN_GROUP) : Set.of();
        if (!store.add(username, hashGenerated(password), new LinkedHashSet<>(roles), groups, true, null)) {
            throw HallException.conflict("account_exists", "an account named '" + username + "' already exists");
        }
        LOG.info("Created staff account {} with roles {}", username, roles);
        return new StaffAccount(username, Set.copyOf(roles), password);
    }

    /** @return the stored form of a password the hall generated: it must be changed at first login, see {@link PasswordHashes#GENERATED_ITERATIONS} */
    private String hashGenerated(String password) {
        return PasswordHashes.hash(password, Math.min(iterations, PasswordHashes.GENERATED_ITERATIONS));
    }

    @Override
    public List<StaffAccount> list() {
        List<StaffAccount> out = new ArrayList<>();
        for (String u : store.usernames()) {
            StaffStore.Account a = store.account(u);
            if (a != null) {
                out.add(new StaffAccount(u, new TreeSet<>(a.allRoles()), null));
            }
        }
        return out;
    }

    @Override
    public Path initialPasswordFile() {
        return passwords.path();
    }

    @Override
    public boolean mustChangePassword(String username) {
        StaffStore.Account a = store.account(username);
        return a != null && a.mustChange();
    }

    @Override
    public long version(String username) {
        StaffStore.Account a = store.account(username);
        return a == null ? -1 : a.version();
    }

    @Override
    public void setPassword(String username, String newPassword, String actor, String channel) {
        PasswordPolicy.check(username, newPassword);
        if (username == null || !store.exists(username)) {
            throw HallException.notFound("account_not_found", "there is no account named '" + username + "'");
        }
        store.replacePassword(username, null, PasswordHashes.hash(newPassword, iterations));
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
     * stored hash is an old one (unsalted SHA-512) or has fewer iterations than today's — unless
     * the password must be changed now (a generated or reset one): its change hashes it anew.
     *
     * @return whether it was re-hashed
     */
    boolean upgradeHash(String username, String password) {
        StaffStore.Account a = store.account(username);
        if (a == null || a.mustChange() || PasswordHashes.current(a.passwordHash(), iterations) || !PasswordHashes.matches(password, a.passwordHash())) {
            return false;
        }
        if (!store.replacePassword(username, a.passwordHash(), PasswordHashes.hash(password, iterations))) {
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
     * Moves the accounts of {@code etc/users.properties} (an earlier version's, or put there by
     * hand) into the database, then writes the file back without them. An account the database
     * has already (another node imported it) keeps the database's password and roles.
     */
    void importUsersFile() {
        usersFile.groups().forEach(store::ensureGroup);
        List<UsersFile.Line> lines = usersFile.accounts();
        if (lines.isEmpty()) {
            return;
        }
        int imported = 0;
        for (UsersFile.Line l : lines) {
            String hash = l.hashed() ? l.stored() : PasswordHashes.hash(l.stored(), iterations);
            AuditRecord record = new AuditRecord("account", l.user(), "account-imported", "system:upgrade", null, null, null, null,
                    "moved from " + usersFile.path().getFileName() + " into the database", null);
            if (store.add(l.user(), hash, l.roles(), l.groups(), null, record)) {
                imported++;
            } else {
                LOG.warn("Account {} of {} is in the database already: the database's is kept", l.user(), usersFile.path());
            }
        }
        usersFile.removeAccounts(imported + " of " + lines.size() + " accounts moved into the hall's database on "
                + java.time.LocalDate.now() + ": staff accounts live there now (hall:user-add, hall:users)");
        LOG.info("Imported {} of {} staff accounts from {} into the database", imported, lines.size(), usersFile.path());
        System.out.println("Qinqing Hall: " + imported + " staff accounts moved from " + usersFile.path() + " into the database");
    }

    /**
     * Accounts listed in the initial password file that still have that password must change it
     * (for halls whose accounts were created before the first-login rule).
     */
    private void flagInitialPasswords() {
        for (Map.Entry<String, String> e : passwords.read().entrySet()) {
            StaffStore.Account a = store.account(e.getKey());
            if (a != null && !a.mustChange() && !known(e.getKey()) && PasswordHashes.matches(e.getValue(), a.passwordHash())) {
                markMustChange(e.getKey(), true, null, null);
            }
        }
    }

    /** @return whether the account's duty to change its password was ever recorded */
    private boolean known(String username) {
        return db.read(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT 1 FROM staff_password WHERE username = ?")) {
                ps.setString(1, username);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Records whether the account must change its password; with an actor, audits the change of password itself. */
    private void markMustChange(String username, boolean mustChange, String actor, String channel) {
        db.write(tx -> {
            PasswordDuty.mark(tx, username, mustChange, actor == null ? null : tx.now());
            store.bump(tx, username);
            if (actor != null) {
                tx.audit(new AuditRecord("account", username, username.equals(actor) ? "password-change" : "password-reset",
                        actor, channel, null, null, null, mustChange ? "must change it at the next login" : null, null));
            }
            return null;
        });
    }
}
