package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/**
 * Backup under load and restore into a fresh distribution: concurrent intake against a real hall,
 * {@code hall:backup DIR} through {@code bin/client} while it runs, the hall stopped; a freshly
 * unpacked distribution restored with {@code bin/hall-restore} and started finds every case
 * acknowledged before the backup began, a verifying audit chain, and the accounts of the restored
 * password file.
 */
public class BackupIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;

    /** A case number with the instant its 201 arrived (after its commit). */
    record Ack(String caseNumber, Instant at) {
    }

    @Test
    public void aBackupTakenDuringIntakeRestoresIntoAFreshHallWithEveryCaseAcknowledgedBeforeIt() throws Exception {
        Path root = Paths.get("target/backup-it").toAbsolutePath();
        Path backups = root.resolve("backups");
        Map<String, Ack> acknowledged = new ConcurrentHashMap<>();
        Path backup;
        Instant began;
        Map<String, String> passwords;
        Map<String, String> inUse;
        try (HallProcess hall = HallProcess.unpack(root.resolve("hall"), 18481, 18401, Map.of("fixed", "2026-03-02T10:00:00+08:00"))) {
            hall.start();
            passwords = hall.passwords();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger sequence = new AtomicInteger(20_000);
            AtomicInteger failures = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                Thread t = new Thread(() -> {
                    try {
                        while (!stop.get()) {
                            String applicant = CrashIT.applicant(sequence.getAndIncrement());
                            try {
                                HttpResponse<String> r = hall.post("cases", CrashIT.body(applicant), "clerk", "backup-" + applicant);
                                if (r.statusCode() == 201) {
                                    acknowledged.put(applicant, new Ack(JSON.readTree(r.body()).get("caseNumber").asText(), Instant.now()));
                                }
                            } catch (Exception e) {
                                failures.incrementAndGet();
                                e.printStackTrace();
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                });
                t.start();
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (acknowledged.size() < 200) {
                assertTrue("200 acknowledged cases within 3 minutes; got " + acknowledged.size(), System.nanoTime() < deadline);
                Thread.sleep(20);
            }
            int beforeCommand = acknowledged.size();
            String out = client(hall, passwords.get("admin"), "hall:backup " + backups);
            // the accounts as this backup holds them: admin's first-start password is changed below, after it
            inUse = hall.passwordsInUse();
            int afterCommand = acknowledged.size();
            Thread.sleep(500);
            stop.set(true);
            assertTrue("the clients finished", done.await(60, TimeUnit.SECONDS));
            assertEquals("requests that failed", 0, failures.get());
            System.out.println("hall:backup answered:\n" + out);
            backup = Paths.get(out.lines().filter(l -> l.startsWith("/")).findFirst()
                    .orElseThrow(() -> new AssertionError("hall:backup printed no path: " + out)).trim());
            assertEquals(backups, backup.getParent());
            assertTrue("intake went on while the backup ran: " + beforeCommand + " before, " + afterCommand + " after",
                    afterCommand > beforeCommand);
            HttpResponse<String> clerkTries = hall.post("backups", "", "clerk", null);
            assertEquals(clerkTries.body(), 403, clerkTries.statusCode());
            HttpResponse<String> viaRest = hall.post("backups", "", "admin", null);
            assertEquals(viaRest.body(), 201, viaRest.statusCode());
            JsonNode rest = JSON.readTree(viaRest.body());
            assertEquals("into the configured directory, beside the installation", root.resolve("hall-backups"),
                    Paths.get(rest.get("path").asText()).getParent());
            assertTrue(Files.isRegularFile(Paths.get(rest.get("path").asText()).resolve("manifest.json")));
            JsonNode manifest = JSON.readTree(backup.resolve("manifest.json").toFile());
            began = Instant.parse(manifest.get("startedAt").asText());
            System.out.println("backup " + backup.getFileName() + ": " + manifest.get("files").size() + " files, "
                    + manifest.get("bytes").asLong() + " bytes, " + manifest.get("cases").asLong() + " cases at its start, last "
                    + manifest.get("lastCaseNumber").asText() + ", took " + (Instant.parse(manifest.get("finishedAt").asText()).toEpochMilli()
                    - began.toEpochMilli()) + " ms; " + acknowledged.size() + " cases acknowledged in all");
        }

        try (HallProcess fresh = HallProcess.unpack(root.resolve("restored"), 18482, 18402, Map.of())) {
            fresh.passwordsInUse(inUse); // the restored accounts have the passwords set in the first hall
            assertTrue("a fresh distribution has no password file", !Files.exists(fresh.passwordFile()));
            Result restore = run(fresh.home().toPath(), fresh.home().toPath().resolve("bin/hall-restore").toString(), backup.toString());
            System.out.println(restore.out);
            assertEquals(restore.out, 0, restore.exit);
            Result again = run(fresh.home().toPath(), fresh.home().toPath().resolve("bin/hall-restore").toString(), backup.toString());
            assertNotEquals("a second restore over the restored data is refused without --force", 0, again.exit);
            assertTrue(again.out, again.out.contains("--force"));

            fresh.start();
            assertEquals("the restored initial password file", Files.readString(backup.resolve("data/hall/initial-passwords.txt")),
                    Files.readString(fresh.passwordFile()));
            int before = 0;
            int after = 0;
            int afterFound = 0;
            for (Ack a : acknowledged.values()) {
                HttpResponse<String> r = fresh.get("cases/" + a.caseNumber(), "clerk");
                if (a.at().isBefore(began)) {
                    before++;
                    assertEquals("case " + a.caseNumber() + " acknowledged at " + a.at() + ", before the backup began at " + began
                            + ": " + r.body(), 200, r.statusCode());
                    assertEquals(a.caseNumber(), JSON.readTree(r.body()).get("caseNumber").asText());
                } else {
                    after++;
                    afterFound += r.statusCode() == 200 ? 1 : 0;
                }
            }
            assertTrue("cases acknowledged before the backup: " + before, before >= 200);
            HttpResponse<String> verified = fresh.get("audit/verify", "supervisor");
            assertEquals(verified.body(), 200, verified.statusCode());
            assertTrue(verified.body(), JSON.readTree(verified.body()).get("valid").asBoolean());
            for (String user : List.of("admin", "clerk", "supervisor", "approver-police")) {
                HttpResponse<String> me = fresh.get("me", user);
                assertEquals(user + " logs in with the restored password: " + me.body(), 200, me.statusCode());
                assertEquals(passwords.get(user), fresh.passwords().get(user));
            }
            System.out.println("restored: all " + before + " cases acknowledged before the backup began are there; of "
                    + after + " acknowledged after it began, " + afterFound + " are in the backup; audit chain of "
                    + JSON.readTree(verified.body()).get("records").asLong() + " records verifies; logins work");
        }
    }

    /** Runs one console command through {@code bin/client} (SSH) as admin. */
    private static String client(HallProcess hall, String password, String command) throws Exception {
        Path home = hall.home().toPath();
        String port = sshPort(home);
        Result r = run(home, home.resolve("bin/client").toString(), "-r", "10", "-d", "1", "-a", port, "-h", "127.0.0.1", "-u", "admin",
                "-p", password, command);
        assertEquals(r.out, 0, r.exit);
        return r.out;
    }

    private static String sshPort(Path home) throws IOException {
        String port = "8101";
        for (String line : Files.readAllLines(home.resolve("etc/org.apache.karaf.shell.cfg"))) {
            if (line.trim().startsWith("sshPort")) {
                port = line.substring(line.indexOf('=') + 1).trim();
            }
        }
        return port;
    }

    record Result(int exit, String out) {
    }

    /** Runs a process to its end; its standard input stays open (bin/client quits at end of input). */
    private static Result run(Path dir, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within 5 minutes: " + out);
        }
        reader.join();
        p.getOutputStream().close();
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8));
    }
}
