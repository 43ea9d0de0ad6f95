package org.qinqing.hall.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Test;

/** The users file under concurrent account creation: every account whole, exactly once. */
public class UsersFileTest {

    @Test
    public void accountsCreatedAtOnceFromTwoInstancesAreAllThereWithTheirRoles() throws Exception {
        Path file = Files.createTempFile("users", ".properties");
        Files.writeString(file, "# users\n_g_\\:admingroup = group,admin\n", StandardCharsets.UTF_8);
        UsersFile a = new UsersFile(file, 1);
        UsersFile b = new UsersFile(file, 1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String user = "approver-d" + (i % 100);
            UsersFile f = i % 2 == 0 ? a : b;
            results.add(pool.submit(() -> f.add(user, "pw-" + user, Set.of("approver", "dept:" + user.substring(9)), Set.of())));
        }
        int created = 0;
        for (Future<Boolean> r : results) {
            created += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals("each of the 100 accounts created once", 100, created);
        List<String> lines = Files.readAllLines(file);
        assertEquals(2 + 100, lines.size());
        for (int i = 0; i < 100; i++) {
            String user = "approver-d" + i;
            String line = lines.stream().filter(l -> l.startsWith(user + " = ")).findFirst().orElseThrow();
            assertTrue(line, line.endsWith(",approver,dept:d" + i) || line.endsWith(",dept:d" + i + ",approver"));
            String stored = line.substring(line.indexOf(" = ") + 3, line.indexOf(','));
            assertTrue(line, PasswordHashes.matches("pw-" + user, UsersFile.unwrap(stored)));
        }
    }

    @Test
    public void lostRolesAreAddedBackKeepingThePassword() throws Exception {
        Path file = Files.createTempFile("users", ".properties");
        UsersFile f = new UsersFile(file, 1);
        assertTrue(f.add("admin", "secret", Set.of("admin"), Set.of("admingroup")));
        String hashed = f.stored("admin");
        Files.writeString(file, "admin = " + hashed + "\n", StandardCharsets.UTF_8);
        assertTrue(f.ensureRoles("admin", Set.of("admin"), Set.of("admingroup")));
        assertEquals("admin = " + hashed + ",admin,_g_:admingroup", Files.readAllLines(file).get(0));
        assertFalse("nothing to do the second time", f.ensureRoles("admin", Set.of("admin"), Set.of("admingroup")));
        assertTrue("the realm's format: {CRYPT}pbkdf2-sha256$iterations$salt$hash{CRYPT}",
                hashed.matches("\\{CRYPT\\}pbkdf2-sha256\\$1\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+\\{CRYPT\\}"));
    }
}
