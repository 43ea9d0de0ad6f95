package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Upgrades keep everything: {@code ./hall.sh} in a project layout of its own installs the built
 * distribution and starts it; a case is filed and an admin changes configuration; a source file
 * changes, so the next {@code ./hall.sh} rebuilds and upgrades run/qinqing-hall; the hall comes back
 * with the case, the same accounts and passwords, the configuration, a verifying audit chain and the
 * demo data seeded once.
 *
 * <p>The rebuild is a stand-in named by {@code HALL_BUILD}: a nested Maven build inside this one
 * would take minutes, contend for the build's own repository and prove nothing about the upgrade.
 * The stand-in produces what a rebuild produces, a newer tarball of the same version, and changes
 * two defaults in it, so that the three-way handling of etc/ is seen too.
 */
public class UpgradeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HTTP_PORT = 18581;
    private static final String FIXED_DAY = "2026-03-02";

    @Test
    public void aRebuildKeepsCasesAccountsConfigurationAndTheAuditChain() throws Exception {
        Path project = Paths.get("target/upgrade/project").toAbsolutePath();
        Path home = layout(project);
        try (HallProcess hall = HallProcess.at(home, HTTP_PORT)) {
            String first = run(hall, project, "first");
            assertTrue(first, first.contains("Building the hall distribution"));
            assertTrue(first, first.contains("Installed Qinqing Hall"));

            // the admin's changes: a configuration file of their own (taken at once), later an edited default
            Files.writeString(home.resolve("etc/org.qinqing.hall.clock.cfg"), "fixed = " + FIXED_DAY + "T10:00:00+08:00\n");
            waitForToday(hall);
            waitForLog(home, "Demo data seeded");
            HttpResponse<String> filed = hall.post("cases", CrashIT.body(CrashIT.applicant(4242)), "clerk", "upgrade-it");
            assertEquals(filed.body(), 201, filed.statusCode());
            String caseNumber = JSON.readTree(filed.body()).get("caseNumber").asText();
            int cases = caseCount(hall);
            byte[] passwordFile = Files.readAllBytes(hall.passwordFile());
            Map<String, String> passwords = hall.passwords();
            long auditRecords = verifiedAuditRecords(hall);
            hall.close();
            Files.writeString(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.ops4j.pax.web.session.timeout = 45\n",
                    StandardOpenOption.APPEND);

            Files.createDirectories(home.resolve("data/cache")).resolve("planted-by-upgrade-it").toFile().createNewFile();
            Files.setLastModifiedTime(project.resolve("platform/Touched.java"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            String second = run(hall, project, "second");
            System.out.println(second);
            assertTrue(second, second.contains("Building the hall distribution"));
            assertTrue(second, second.contains("Upgrading " + home));
            assertTrue(second, Pattern.compile("kept data/: derby hall .*log").matcher(second).find());
            assertTrue(second, second.contains("dropped Karaf's caches: data/cache"));
            // the accounts are in the database (kept with data/), none left in the file
            assertTrue(second, second.contains("kept etc/users.properties (no accounts in it: staff accounts are in the hall's database)"));
            assertTrue(second, Pattern.compile("kept your configuration: .*org\\.ops4j\\.pax\\.web\\.cfg").matcher(second).find());
            assertTrue(second, Pattern.compile("kept your configuration: .*org\\.qinqing\\.hall\\.clock\\.cfg").matcher(second).find());
            assertTrue(second, Pattern.compile("took the new defaults of .*org\\.apache\\.felix\\.fileinstall-deploy\\.cfg").matcher(second).find());
            assertTrue(second, Pattern.compile("FILE\\.new-default.*org\\.ops4j\\.pax\\.web\\.cfg").matcher(second).find());

            // the case, the accounts with their old passwords, the password file, the audit chain
            HttpResponse<String> kept = hall.get("cases/" + caseNumber, "clerk");
            assertEquals(kept.body(), 200, kept.statusCode());
            assertArrayEqualsAsText(passwordFile, Files.readAllBytes(hall.passwordFile()));
            for (String user : passwords.keySet()) {
                HttpResponse<String> me = hall.get("me", user);
                assertEquals(user + ": " + me.body(), 200, me.statusCode());
            }
            assertTrue("audit records after the upgrade", verifiedAuditRecords(hall) >= auditRecords);
            // demo data seeded once: the seeder found its applicants, no new cases
            String log = waitForLog(home, "Demo data already there");
            assertEquals("seedings", 1, log.lines().filter(l -> l.contains("Demo data seeded")).count());
            assertEquals("cases after the upgrade", cases, caseCount(hall));

            // the configuration: the admin's files and edits in force, the new defaults taken where untouched
            assertEquals(FIXED_DAY, today(hall));
            assertTrue(Files.readString(home.resolve("etc/org.ops4j.pax.web.cfg")).contains("session.timeout = 45"));
            assertTrue(Files.readString(home.resolve("etc/org.ops4j.pax.web.cfg.new-default")).contains("new in the rebuilt distribution"));
            assertTrue(Files.readString(home.resolve("etc/org.apache.felix.fileinstall-deploy.cfg")).contains("felix.fileinstall.poll = 300"));
            // Karaf's bundle cache was not carried: the new distribution's bundles are the ones running
            assertFalse(Files.exists(home.resolve("data/cache/planted-by-upgrade-it")));
            assertFalse(Files.exists(home.resolve("data/data")));
            assertFalse(Files.exists(home.resolveSibling("qinqing-hall.previous")));
        }
    }

    /** A project checkout as far as hall.sh sees it: the script, a pom, one source, and the build stand-in. */
    private static Path layout(Path project) throws Exception {
        new ProcessBuilder("rm", "-rf", project.toString()).inheritIO().start().waitFor();
        Files.createDirectories(project.resolve("platform"));
        Path root = Paths.get(System.getProperty("hall.root"));
        Files.copy(root.resolve("hall.sh"), project.resolve("hall.sh"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        Files.writeString(project.resolve("platform/Touched.java"), "class Touched {}\n");
        Path dist = Paths.get(System.getProperty("hall.distribution"));
        Path build = project.resolve("build-stand-in.sh");
        Files.writeString(build, String.join("\n",
                "#!/bin/sh",
                "# stand-in for mvn install: the first build copies the distribution, a rebuild repacks it",
                "# with two changed defaults",
                "set -e",
                "mkdir -p assembly/target",
                "out=assembly/target/" + dist.getFileName(),
                "if [ ! -f \"$out\" ]; then cp '" + dist + "' \"$out\"; touch \"$out\"; exit 0; fi",
                "rm -rf build.tmp && mkdir build.tmp && tar xzf \"$out\" -C build.tmp",
                "etc=$(echo build.tmp/*/etc)",
                "sed -i 's/^felix.fileinstall.poll = 250/felix.fileinstall.poll = 300/' \"$etc/org.apache.felix.fileinstall-deploy.cfg\"",
                "echo '# a line new in the rebuilt distribution' >> \"$etc/org.ops4j.pax.web.cfg\"",
                "(cd build.tmp && tar czf ../\"$out\" *)",
                "rm -rf build.tmp", ""), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(build, PosixFilePermissions.fromString("rwxr-xr-x"));
        return project.resolve("run/qinqing-hall");
    }

    /** {@code ./hall.sh server} on ports of its own; answers what it printed once the hall is up. */
    private static String run(HallProcess hall, Path project, String name) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(project.resolve("hall.sh").toString(), "server").directory(project.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("HALL_BUILD", "./build-stand-in.sh");
        env.put("HALL_HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("HALL_SSH_PORT", "18501");
        env.put("HALL_RMI_REGISTRY_PORT", "18502");
        env.put("HALL_RMI_SERVER_PORT", "18503");
        Path out = project.resolve(name + ".out");
        hall.start(pb, out);
        return Files.readString(out);
    }

    private static void waitForToday(HallProcess hall) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!today(hall).equals(FIXED_DAY)) {
            assertTrue("the hall's clock did not take etc/org.qinqing.hall.clock.cfg", System.nanoTime() < deadline);
            Thread.sleep(200);
        }
    }

    private static String today(HallProcess hall) throws Exception {
        HttpResponse<String> r = hall.get("calendar/today", null);
        return r.statusCode() == 200 ? JSON.readTree(r.body()).get("today").asText() : "";
    }

    /** Waits up to a minute for a line of the hall's log; @return the log */
    private static String waitForLog(Path home, String fragment) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            // not Files.readString: a line being written may end in half a character
            String log = new String(Files.readAllBytes(home.resolve("data/log/karaf.log")), StandardCharsets.UTF_8);
            if (log.contains(fragment)) {
                return log;
            }
            assertTrue("no '" + fragment + "' in " + home.resolve("data/log/karaf.log"), System.nanoTime() < deadline);
            Thread.sleep(250);
        }
    }

    private static int caseCount(HallProcess hall) throws Exception {
        HttpResponse<String> r = hall.get("cases?limit=500", "supervisor");
        assertEquals(r.body(), 200, r.statusCode());
        return JSON.readTree(r.body()).size();
    }

    private static long verifiedAuditRecords(HallProcess hall) throws Exception {
        HttpResponse<String> r = hall.get("audit/verify", "supervisor");
        assertEquals(r.body(), 200, r.statusCode());
        JsonNode verify = JSON.readTree(r.body());
        assertTrue(verify.toString(), verify.get("valid").asBoolean());
        return verify.get("records").asLong();
    }

    private static void assertArrayEqualsAsText(byte[] expected, byte[] actual) {
        assertEquals("initial-passwords.txt", new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
    }
}
