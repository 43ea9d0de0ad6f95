package org.qinqing.hall.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginException;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.StaffAccount;
import org.qinqing.hall.api.StaffSession;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/**
 * Two nodes on one real Derby database, each with its own store (writer and cache of committed
 * rows) and the one's committed keys fed to the other's cache, as the cluster module's
 * NOTIFY does on PostgreSQL: accounts, passwords and web sessions made on one are seen on the other.
 */
public class TwoNodesTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T02:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private Path dir;
    private JdbcDatabase dbA;
    private JdbcDatabase dbB;
    private Node a;
    private Node b;

    /** A node's security parts. */
    private record Node(StaffStore store, AccountService accounts, StaffSessionService sessions) {
    }

    @Before
    public void start() throws Exception {
        dir = Files.createTempDirectory("two-nodes");
        EmbeddedDataSource ds = TestStore.fresh();
        dbA = new JdbcDatabase(ds, now::get, TestStore.storeMigrations());
        dbB = new JdbcDatabase(TestStore.existing(ds), now::get, TestStore.storeMigrations());
        dbA.setRowFeeds(List.of(keys -> keys.forEach(k -> dbB.rows().invalidate(k.region(), k.key()))));
        dbB.setRowFeeds(List.of(keys -> keys.forEach(k -> dbA.rows().invalidate(k.region(), k.key()))));
        dbA.start();
        dbB.start();
        a = node(dbA, "a");
        b = node(dbB, "b");
    }

    private Node node(JdbcDatabase db, String name) throws Exception {
        return node(db, name, 1);
    }

    private Node node(JdbcDatabase db, String name, int iterations) throws Exception {
        StaffStore store = new StaffStore(db);
        Files.createDirectories(dir.resolve(name));
        AccountService accounts = new AccountService(store, false, dir.resolve(name + "/initial-passwords.txt"),
                dir.resolve(name + "/users.properties"), iterations);
        accounts.setDatabase(db);
        accounts.setMigrations(TestStore.module(AccountService.class, "security"));
        return new Node(store, accounts, new StaffSessionService(db, store, clock));
    }

    @After
    public void stop() throws InterruptedException {
        dbA.stop();
        dbB.stop();
    }

    @Test
    public void anAccountAddedOnOneNodeLogsInOnTheOtherWithItsRoles() throws Exception {
        a.accounts().start();
        b.accounts().start();
        assertEquals("admin created once, by the first node", Set.of("admin"), a.accounts().list().stream().map(StaffAccount::username)
                .collect(java.util.stream.Collectors.toSet()));
        assertFalse("the second node found it and wrote no password", Files.exists(dir.resolve("b/initial-passwords.txt")));
        StaffAccount created = a.accounts().create("window-1", Set.of("clerk", "dept:police"));
        Subject subject = login(b.store(), "window-1", created.password());
        assertEquals(new TreeSet<>(Set.of("clerk", "dept:police")), roles(subject));
        assertTrue(b.accounts().mustChangePassword("window-1"));
        Subject admin = login(b.store(), "admin", initial("a", "admin"));
        assertTrue("the admin group's roles: " + roles(admin), roles(admin).containsAll(Set.of("admin", "ssh", "manager")));
        assertLoginFails(b.store(), "window-1", "not the password");
        assertLoginFails(b.store(), "nobody", created.password());
    }

    @Test
    public void aGeneratedPasswordIsHashedWithFewerRoundsAndItsChangeWithTheFullCount() throws Exception {
        Node c = node(dbA, "c", PasswordHashes.GENERATED_ITERATIONS * 2);
        c.accounts().start();
        StaffAccount created = c.accounts().create("window-4", Set.of("clerk"));
        assertEquals(String.valueOf(PasswordHashes.GENERATED_ITERATIONS), c.store().account("window-4").passwordHash().split("\\$")[1]);
        assertFalse("no re-hash while the password must be changed", c.accounts().upgradeHash("window-4", created.password()));
        c.accounts().setPassword("window-4", "a long passphrase four", "window-4", "web");
        assertEquals(String.valueOf(PasswordHashes.GENERATED_ITERATIONS * 2), c.store().account("window-4").passwordHash().split("\\$")[1]);
        login(c.store(), "window-4", "a long passphrase four");
    }

    @Test
    public void aPasswordChangedOnOneNodeIsTheOnlyOneOnTheOther() throws Exception {
        a.accounts().start();
        StaffAccount created = a.accounts().create("window-2", Set.of("clerk"));
        login(b.store(), "window-2", created.password()); // b keeps the account in its cache
        long before = b.accounts().version("window-2");
        a.accounts().setPassword("window-2", "a long passphrase two", "window-2", "web");
        assertLoginFails(b.store(), "window-2", created.password());
        login(b.store(), "window-2", "a long passphrase two");
        assertFalse(b.accounts().mustChangePassword("window-2"));
        assertTrue("the version moved on the other node too", b.accounts().version("window-2") > before);
    }

    @Test
    public void aWebSessionFromOneNodeWorksOnTheOtherUntilLogoutOnEither() throws Exception {
        a.accounts().start();
        a.accounts().create("window-3", Set.of("clerk"));
        String token = a.sessions().open("window-3", Duration.ofMinutes(30));
        StaffSession onB = b.sessions().touch(token);
        assertNotNull(onB);
        assertEquals("window-3", onB.username());
        assertEquals(Set.of("clerk"), onB.roles());
        assertTrue("a given password: only the change screen", onB.mustChangePassword());
        a.accounts().setPassword("window-3", "a long passphrase three", "window-3", "web");
        assertFalse("the own password set on a: the session on b may do its work", b.sessions().touch(token).mustChangePassword());
        a.accounts().setPassword("window-3", "an admin's temporary one", "admin", "console");
        assertTrue("an admin's reset on a: back to the change screen on b", b.sessions().touch(token).mustChangePassword());
        a.sessions().close(token);
        assertNull("logged out on a: over on b", b.sessions().touch(token));
        assertNull(a.sessions().touch(token));
        assertNull(b.sessions().touch("no-such-token"));
    }

    @Test
    public void aSessionEndsAfterItsIdleTimeAndEachRequestRestartsIt() throws Exception {
        a.accounts().start();
        a.accounts().create("window-4", Set.of("clerk"));
        String token = a.sessions().open("window-4", Duration.ofMinutes(30));
        now.set(now.get().plus(Duration.ofMinutes(20)));
        assertNotNull(b.sessions().touch(token)); // restarts the 30 minutes, written to the database
        now.set(now.get().plus(Duration.ofMinutes(20)));
        assertNotNull("restarted by the request on b 20 minutes ago", a.sessions().touch(token));
        now.set(now.get().plus(Duration.ofMinutes(31)));
        assertNull("31 minutes without a request", a.sessions().touch(token));
        assertNull(b.sessions().touch(token));
    }

    @Test
    public void theAccountsOfUsersPropertiesAreMovedIntoTheDatabaseOnce() throws Exception {
        String sha512 = HexFormat.of().withUpperCase().formatHex(java.security.MessageDigest.getInstance("SHA-512")
                .digest("an-old-password-2019".getBytes(StandardCharsets.UTF_8)));
        Path users = dir.resolve("a/users.properties");
        Files.writeString(users, String.join("\n", "# the hall's accounts", "_g_\\:admingroup = group,admin,manager,viewer,systembugger,ssh",
                "_g_\\:kioskgroup = group,kiosk", "admin = {CRYPT}" + PasswordHashes.hash("admin-password-1", 1) + "{CRYPT},admin,_g_:admingroup",
                "window-old = {CRYPT}" + sha512 + "{CRYPT},clerk,dept:police", "window-plain = plain-text-password,clerk,_g_:kioskgroup", ""),
                StandardCharsets.UTF_8);
        a.accounts().start();
        assertEquals(Set.of("admin", "ssh", "manager", "viewer", "systembugger"), roles(login(b.store(), "admin", "admin-password-1")));
        assertEquals(Set.of("clerk", "dept:police"), roles(login(b.store(), "window-old", "an-old-password-2019")));
        assertEquals("a group of the file", Set.of("clerk", "kiosk"), roles(login(b.store(), "window-plain", "plain-text-password")));
        assertFalse("imported accounts keep what they were: no duty to change", a.accounts().mustChangePassword("window-old"));
        String left = Files.readString(users);
        assertFalse(left, left.contains("window-old") || left.contains("pbkdf2") || left.contains("plain-text-password"));
        assertTrue(left, left.contains("_g_\\:admingroup = group,admin") && left.contains("3 of 3 accounts moved into the hall's database"));
        assertTrue("the old hash becomes PBKDF2 at the next login", a.accounts().upgradeHash("window-old", "an-old-password-2019"));
        assertTrue(PasswordHashes.current(b.store().account("window-old").passwordHash(), 1));

        Files.writeString(users, "admin = {CRYPT}" + PasswordHashes.hash("another-admin-password", 1) + "{CRYPT},admin\n",
                StandardOpenOption.APPEND);
        b.accounts().start();
        login(a.store(), "admin", "admin-password-1"); // the database's account wins over a file's
        assertLoginFails(a.store(), "admin", "another-admin-password");
    }

    private String initial(String node, String user) throws Exception {
        return new PasswordFile(dir.resolve(node + "/initial-passwords.txt")).read().get(user);
    }

    private static Subject login(StaffStore store, String user, String password) throws LoginException {
        Subject subject = new Subject();
        StaffLoginModule m = new StaffLoginModule();
        m.initialize(subject, callbacks -> {
            ((NameCallback) callbacks[0]).setName(user);
            ((PasswordCallback) callbacks[1]).setPassword(password.toCharArray());
        }, Map.of(), Map.of(StaffLoginModule.STORE, store));
        assertTrue(m.login());
        assertTrue(m.commit());
        return subject;
    }

    private static void assertLoginFails(StaffStore store, String user, String password) {
        try {
            login(store, user, password);
        } catch (LoginException expected) {
            return;
        }
        throw new AssertionError(user + " logged in with a wrong password");
    }

    private static Set<String> roles(Subject subject) {
        Set<String> out = new TreeSet<>();
        for (Principal p : subject.getPrincipals(RolePrincipal.class)) {
            out.add(p.getName());
        }
        return out;
    }
}
