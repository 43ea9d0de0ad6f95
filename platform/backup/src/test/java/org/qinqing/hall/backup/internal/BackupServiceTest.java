package org.qinqing.hall.backup.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.SqlWork;
import org.qinqing.hall.store.TxWork;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.AuditVerification;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.backup.BackupInfo;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/** Backups of a real embedded Derby database on disk, under concurrent writes, opened again afterwards. */
public class BackupServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Actor ADMIN = Actor.staff("root-admin", Set.of(Roles.ADMIN), null, null);

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final EmbeddedDataSource ds = TestStore.fresh();
    private JdbcDatabase db;
    private Path karaf;
    private BackupService service;

    @Before
    public void hall() throws Exception {
        db = TestStore.started(ds, Instant::now);
        // the columns of the case service's table that the manifest reads
        db.migrate("cases", List.of(new Migration(1, "cases",
                "CREATE TABLE hall_case (id BIGINT NOT NULL PRIMARY KEY, case_number VARCHAR(32) NOT NULL);")));
        karaf = tmp.newFolder("karaf").toPath();
        Files.createDirectories(karaf.resolve("data/hall/outbox"));
        Path passwords = karaf.resolve("data/hall/initial-passwords.txt");
        Files.writeString(passwords, "admin=secret\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(karaf.resolve("data/hall/outbox/1.json"), "{}");
        Files.createDirectories(karaf.resolve("etc"));
        Files.writeString(karaf.resolve("etc/users.properties"), "admin = {CRYPT}x{CRYPT},admin\n");
        Files.writeString(karaf.resolve("etc/org.qinqing.hall.sla.cfg"), "yellowShare = 0.8\n");
        Files.writeString(karaf.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = 8181\n");
        service = new BackupService(db, new HallFiles(karaf.resolve("data"), karaf.resolve("etc")), "1.2.3",
                karaf.resolve("backups"), Clock.systemDefaultZone());
    }

    @After
    public void stop() throws Exception {
        db.stop();
    }

    @Test
    public void everyCaseCommittedBeforeTheBackupBeganIsInItWhileWritesContinueAndItsChainVerifies() throws Exception {
        Map<Long, Long> committedAtNanos = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            Thread w = new Thread(() -> {
                while (!stop.get()) {
                    long id = next.getAndIncrement();
                    insertCase(id);
                    committedAtNanos.put(id, System.nanoTime());
                }
            });
            w.start();
            writers.add(w);
        }
        while (committedAtNanos.size() < 500) {
            Thread.sleep(5);
        }
        long began = System.nanoTime();
        BackupInfo b = service.backup(tmp.getRoot().toPath().resolve("out"), ADMIN);
        int afterBackup = committedAtNanos.size();
        Thread.sleep(100);
        stop.set(true);
        for (Thread w : writers) {
            w.join();
        }
        assertTrue("writes went on during the backup: " + afterBackup + " vs " + committedAtNanos.size(),
                committedAtNanos.size() > afterBackup);

        Path copy = b.path().resolve("database").resolve(Path.of(ds.getDatabaseName()).getFileName());
        EmbeddedDataSource restored = new EmbeddedDataSource();
        restored.setDatabaseName(copy.toString());
        Set<Long> inCopy = ConcurrentHashMap.newKeySet();
        try (Connection c = restored.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT id FROM hall_case");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                inCopy.add(rs.getLong(1));
            }
        }
        int before = 0;
        for (Map.Entry<Long, Long> e : committedAtNanos.entrySet()) {
            if (e.getValue() < began) {
                before++;
                assertTrue("case " + e.getKey() + " was committed before the backup began", inCopy.contains(e.getKey()));
            }
        }
        assertTrue(before >= 500);
        assertTrue("the manifest's count is a lower bound: " + b.cases() + " <= " + inCopy.size(), b.cases() <= inCopy.size());
        JdbcDatabase reopened = TestStore.started(restored, Instant::now);
        try {
            AuditVerification v = reopened.verify();
            assertTrue(v.problem(), v.valid());
            assertTrue(v.records() >= b.auditHeadSeq());
        } finally {
            reopened.stop();
        }
    }

    @Test
    public void theBackupHoldsTheHallFilesAccountsAndHallSettingsWithAManifestThatChecks() throws Exception {
        insertCase(41);
        insertCase(42);
        BackupInfo b = service.backup(null, ADMIN);

        assertEquals(karaf.resolve("backups"), b.path().getParent());
        assertTrue(b.path().getFileName().toString(), BackupNames.COMPLETE.matcher(b.path().getFileName().toString()).matches());
        try (Stream<Path> s = Files.list(b.path().getParent())) {
            assertEquals("only the complete backup, no .partial", List.of(b.path()), s.toList());
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(b.path())));
        Path passwords = b.path().resolve("data/hall/initial-passwords.txt");
        assertEquals("admin=secret\n", Files.readString(passwords));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords)));
        assertTrue(Files.exists(b.path().resolve("data/hall/outbox/1.json")));
        assertTrue(Files.exists(b.path().resolve("etc/users.properties")));
        assertTrue(Files.exists(b.path().resolve("etc/org.qinqing.hall.sla.cfg")));
        assertFalse("only the hall's own settings", Files.exists(b.path().resolve("etc/org.ops4j.pax.web.cfg")));

        JsonNode m = JSON.readTree(b.path().resolve("manifest.json").toFile());
        assertEquals("1.2.3", m.get("hallVersion").asText());
        assertEquals("Apache Derby", m.get("databaseKind").asText());
        assertEquals("database/" + Path.of(ds.getDatabaseName()).getFileName(), m.get("database").asText());
        assertEquals(2, m.get("cases").asLong());
        assertEquals("NS202612070000042", m.get("lastCaseNumber").asText());
        assertEquals("two cases and the backup's own record", 3, m.get("auditHead").get("seq").asLong());
        assertEquals(64, m.get("auditHead").get("hash").asText().length());
        assertEquals(b.startedAt(), Instant.parse(m.get("startedAt").asText()));
        long total = 0;
        List<String> sums = Files.readAllLines(b.path().resolve("SHA256SUMS"), StandardCharsets.UTF_8);
        assertEquals(m.get("files").size(), sums.size());
        for (JsonNode f : m.get("files")) {
            Path file = b.path().resolve(f.get("path").asText());
            assertEquals(f.get("path").asText(), Files.size(file), f.get("size").asLong());
            assertEquals(f.get("path").asText(), Manifest.sha256(file), f.get("sha256").asText());
            assertTrue(sums.contains(f.get("sha256").asText() + "  " + f.get("path").asText()));
            total += f.get("size").asLong();
        }
        assertEquals(total, m.get("bytes").asLong());
        assertTrue("the database's files are listed", sums.stream().anyMatch(l -> l.endsWith("/service.properties")));
    }

    @Test
    public void theBackupIsInTheAuditTrailWithWhoTookIt() throws Exception {
        BackupInfo b = service.backup(null, ADMIN);
        List<org.qinqing.hall.api.AuditEntry> trail = db.forSubject(b.path().getFileName().toString());
        assertEquals(1, trail.size());
        assertEquals("backup-start", trail.get(0).action());
        assertEquals("root-admin", trail.get(0).actor());
    }

    @Test
    public void twoBackupsInOneSecondGetTwoDirectories() throws Exception {
        Clock frozen = Clock.fixed(Instant.parse("2026-12-07T03:15:00Z"), ZoneId.of("Asia/Shanghai"));
        BackupService s = new BackupService(db, new HallFiles(karaf.resolve("data"), karaf.resolve("etc")), "1", karaf.resolve("b"), frozen);
        assertEquals("hall-backup-20261207-111500", s.backup(null, ADMIN).path().getFileName().toString());
        assertEquals("hall-backup-20261207-111500-2", s.backup(null, ADMIN).path().getFileName().toString());
    }

    @Test
    public void aScheduledSlotBacksUpAsTheSystemThenKeepsOnlyTheNewest() throws Exception {
        BackupSchedule schedule = new BackupSchedule(service, true, "03:15", 2, ScheduleClaim.SINGLE_NODE, Clock.systemDefaultZone());
        for (int i = 0; i < 3; i++) {
            schedule.runSlot(ZonedDateTime.now().plusDays(i));
        }
        try (Stream<Path> s = Files.list(karaf.resolve("backups"))) {
            assertEquals(2, s.count());
        }
        assertTrue(db.verify().valid());
    }

    @Test
    public void aSlotAnotherNodeClaimedTakesNoBackup() throws Exception {
        BackupSchedule schedule = new BackupSchedule(service, true, "03:15", 2, slot -> false, Clock.systemDefaultZone());
        schedule.runSlot(ZonedDateTime.now());
        assertFalse(Files.exists(karaf.resolve("backups")));
    }

    @Test
    public void aSecondBackupWhileOneRunsIsRefusedWithConflictAndTheFirstCompletes() throws Exception {
        CountDownLatch copying = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the real database, its reads held at the start until the second request has been answered
        Database held = new Database() {
            @Override
            public <T> T read(SqlWork<T> work) {
                copying.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return db.read(work);
            }

            @Override
            public <T> T write(TxWork<T> work) {
                return db.write(work);
            }

            @Override
            public void migrate(String module, List<Migration> migrations) {
                db.migrate(module, migrations);
            }

            @Override
            public org.qinqing.hall.store.Rows rows() {
                return db.rows();
            }

            @Override
            public WriteStats stats() {
                return db.stats();
            }
        };
        BackupService s = new BackupService(held, new HallFiles(karaf.resolve("data"), karaf.resolve("etc")), "1", karaf.resolve("b"),
                Clock.systemDefaultZone());
        CompletableFuture<BackupInfo> first = CompletableFuture.supplyAsync(() -> s.backup(null, ADMIN));
        copying.await();
        try {
            s.backup(null, ADMIN);
            fail("two backups at once");
        } catch (HallException e) {
            assertEquals(HallException.Kind.CONFLICT, e.kind());
        } finally {
            release.countDown();
        }
        assertTrue(Files.isRegularFile(first.get().path().resolve(Manifest.FILE)));
    }

    @Test
    public void aServerDatabaseIsNotCopiedAndTheAnswerNamesItsTools() throws Exception {
        try {
            DatabaseCopy.copy(null, "PostgreSQL", tmp.getRoot().toPath().resolve("db"));
            fail("copied a PostgreSQL database as if it were Derby");
        } catch (HallException e) {
            assertEquals(HallException.Kind.UNAVAILABLE, e.kind());
            assertTrue(e.getMessage(), e.getMessage().contains("pg_basebackup"));
        }
    }

    @Test
    public void onlyAnAdminTakesABackup() {
        try {
            service.backup(null, Actor.staff("clerk", Set.of(Roles.CLERK), null, null));
            fail("a clerk took a backup");
        } catch (HallException e) {
            assertEquals(HallException.Kind.FORBIDDEN, e.kind());
        }
        assertFalse(Files.exists(karaf.resolve("backups")));
    }

    @Test
    public void aDirectoryThatCannotBeCreatedIsRefusedNamingTheField() throws Exception {
        Path file = Files.writeString(karaf.resolve("not-a-dir"), "x");
        try {
            service.backup(file.resolve("below"), ADMIN);
            fail("backed up below a regular file");
        } catch (HallException e) {
            assertEquals(HallException.Kind.INVALID, e.kind());
            assertEquals("directory", e.field());
        }
    }

    @Test
    public void aDirectoryInsideWhatIsBackedUpIsRefused() {
        try {
            service.backup(karaf.resolve("data/hall/backups"), ADMIN);
            fail("backed up data/hall into itself");
        } catch (HallException e) {
            assertEquals("directory", e.field());
        }
        assertFalse(Files.exists(karaf.resolve("data/hall/backups")));
    }

    private void insertCase(long id) {
        db.write(tx -> {
            PreparedStatement ps = tx.prepare("INSERT INTO hall_case (id, case_number) VALUES (?, ?)");
            ps.setLong(1, id);
            ps.setString(2, String.format("NS20261207%07d", id));
            ps.executeUpdate();
            tx.audit(new AuditRecord("case", String.format("NS20261207%07d", id), "accept", "clerk", "counter", null, null,
                    "ACCEPTED", null, null));
            return null;
        });
    }
}
