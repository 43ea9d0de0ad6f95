package org.qinqing.hall.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.Tx;

/**
 * Staff accounts in the database (tables {@code staff_account}, {@code staff_role},
 * {@code staff_group_role}), shared by every node. Accounts read by logins and sessions are kept in
 * the region {@code security.account} of the store's cache of committed rows, so a change on any
 * node (a password, a role) is seen on the others once their caches hear of it.
 */
public class StaffStore {
    static final String GROUP_PREFIX = "_g_:";

    /**
     * An account as the realm sees it.
     *
     * @param passwordHash the stored hash (PBKDF2 or an old SHA-512 hex), without {@code {CRYPT}} markers
     * @param roles its own roles; @param groups its groups; @param groupRoles the roles its groups give
     * @param version grows with every change of password, roles or duty to change the password
     * @param mustChange it still has a password it was given
     */
    public record Account(String username, String passwordHash, Set<String> roles, Set<String> groups, Set<String> groupRoles,
            long version, boolean mustChange) {

        /** @return its roles and those of its groups */
        public Set<String> allRoles() {
            Set<String> out = new LinkedHashSet<>(roles);
            out.addAll(groupRoles);
            return out;
        }
    }

    private final Database db;
    private final Region<Account> accounts;

    public StaffStore(Database db) {
        this.db = db;
        this.accounts = db.rows().region("security.account", 10_000);
    }

    /** @return the account as committed (kept for the next login), or {@code null} */
    public Account account(String username) {
        if (username == null || username.length() > 64) {
            return null;
        }
        return accounts.get(username, u -> db.read(c -> load(c, u)));
    }

    boolean exists(String username) {
        return account(username) != null;
    }

    /**
     * Adds the account in one unit, unless it exists.
     *
     * @param hash the stored form of its password (already hashed: slow by design, outside the writer)
     * @param mustChange whether it must set its own password first; {@code null}: as recorded before (an imported account)
     * @param audit recorded with it, or {@code null}
     * @return whether it was added
     */
    boolean add(String username, String hash, Set<String> roles, Set<String> groups, Boolean mustChange, AuditRecord audit) {
        return db.write(tx -> {
            if (has(tx, username)) {
                return false;
            }
            PreparedStatement in = tx.prepare("INSERT INTO staff_account (username, password_hash, version, created_at) VALUES (?, ?, 1, ?)");
            in.setString(1, username);
            in.setString(2, hash);
            org.qinqing.hall.store.Sql.setInstant(in, 3, tx.now());
            in.executeUpdate();
            insertRoles(tx, username, roles, groups);
            if (mustChange != null) {
                PasswordDuty.mark(tx, username, mustChange, null);
            }
            if (audit != null) {
                tx.audit(audit);
            }
            accounts.changed(tx, username);
            return true;
        });
    }

    /** Gives an existing account the roles and groups it lacks. @return whether it changed */
    boolean ensureRoles(String username, Set<String> roles, Set<String> groups) {
        Account a = account(username);
        if (a == null || (a.roles().containsAll(roles) && a.groups().containsAll(groups))) {
            return false;
        }
        return db.write(tx -> {
            if (!has(tx, username)) {
                return false;
            }
            Set<String> wanted = new LinkedHashSet<>(roles);
            groups.forEach(g -> wanted.add(GROUP_PREFIX + g));
            PreparedStatement have = tx.prepare("SELECT role FROM staff_role WHERE username = ?");
            have.setString(1, username);
            try (ResultSet rs = have.executeQuery()) {
                while (rs.next()) {
                    wanted.remove(rs.getString(1));
                }
            }
            for (String r : wanted) {
                insertRole(tx, username, r);
            }
            bump(tx, username);
            return !wanted.isEmpty();
        });
    }

    /** Stores a new hash if the stored one is still {@code expected} ({@code null}: whatever it is). @return whether replaced */
    boolean replacePassword(String username, String expected, String hash) {
        return db.write(tx -> {
            PreparedStatement up = tx.prepare(expected == null
                    ? "UPDATE staff_account SET password_hash = ?, version = version + 1 WHERE username = ?"
                    : "UPDATE staff_account SET password_hash = ?, version = version + 1 WHERE username = ? AND password_hash = ?");
            up.setString(1, hash);
            up.setString(2, username);
            if (expected != null) {
                up.setString(3, expected);
            }
            boolean done = up.executeUpdate() == 1;
            if (done) {
                accounts.changed(tx, username);
            }
            return done;
        });
    }

    /** A change of the account's rows in this unit (e.g. its duty to change the password): its version grows. */
    void bump(Tx tx, String username) throws SQLException {
        PreparedStatement up = tx.prepare("UPDATE staff_account SET version = version + 1 WHERE username = ?");
        up.setString(1, username);
        up.executeUpdate();
        accounts.changed(tx, username);
    }

    /** @return every account's name, sorted */
    List<String> usernames() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT username FROM staff_account ORDER BY username");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Adds the roles a group gives that the database lacks (e.g. from an imported users.properties). */
    void ensureGroup(String group, Set<String> roles) {
        db.write(tx -> {
            boolean changed = false;
            for (String r : roles) {
                PreparedStatement has = tx.prepare("SELECT 1 FROM staff_group_role WHERE group_name = ? AND role = ?");
                has.setString(1, group);
                has.setString(2, r);
                boolean known;
                try (ResultSet rs = has.executeQuery()) {
                    known = rs.next();
                }
                if (!known) {
                    PreparedStatement in = tx.prepare("INSERT INTO staff_group_role (group_name, role) VALUES (?, ?)");
                    in.setString(1, group);
                    in.setString(2, r);
                    in.executeUpdate();
                    changed = true;
                }
            }
            if (changed) {
                tx.onCommit(accounts::invalidateAll);
            }
            return null;
        });
    }

    private static boolean has(Tx tx, String username) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT 1 FROM staff_account WHERE username = ?");
        ps.setString(1, username);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private static void insertRoles(Tx tx, String username, Set<String> roles, Set<String> groups) throws SQLException {
        Set<String> all = new LinkedHashSet<>(roles);
        groups.forEach(g -> all.add(GROUP_PREFIX + g));
        for (String r : all) {
            insertRole(tx, username, r);
        }
    }

    private static void insertRole(Tx tx, String username, String role) throws SQLException {
        PreparedStatement in = tx.prepare("INSERT INTO staff_role (username, role) VALUES (?, ?)");
        in.setString(1, username);
        in.setString(2, role);
        in.executeUpdate();
    }

    private static Account load(Connection c, String username) throws SQLException {
        String hash;
        long version;
        boolean mustChange;
        try (PreparedStatement ps = c.prepareStatement("SELECT a.password_hash, a.version, p.must_change FROM staff_account a"
                + " LEFT JOIN staff_password p ON p.username = a.username WHERE a.username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                hash = rs.getString(1);
                version = rs.getLong(2);
                mustChange = rs.getInt(3) == 1;
            }
        }
        Set<String> roles = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        Set<String> groupRoles = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.role, g.role FROM staff_role r LEFT JOIN staff_group_role g"
                + " ON r.role = ('" + GROUP_PREFIX + "' || g.group_name) WHERE r.username = ? ORDER BY r.role, g.role")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String role = rs.getString(1);
                    if (role.startsWith(GROUP_PREFIX)) {
                        groups.add(role.substring(GROUP_PREFIX.length()));
                        if (rs.getString(2) != null) {
                            groupRoles.add(rs.getString(2));
                        }
                    } else {
                        roles.add(role);
                    }
                }
            }
        }
        return new Account(username, hash, Set.copyOf(roles), Set.copyOf(groups), Set.copyOf(groupRoles), version, mustChange);
    }
}
