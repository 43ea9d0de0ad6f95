package org.qinqing.hall.store.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.qinqing.hall.store.internal.Writes.concurrently;
import static org.qinqing.hall.store.internal.Writes.count;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Test;
import org.qinqing.hall.api.AuditVerification;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.store.testing.TestStore;

public class JdbcDatabaseTest {
    private final EmbeddedDataSource ds = TestStore.fresh();
    private JdbcDatabase db = started(ds);

    private static JdbcDatabase started(EmbeddedDataSource ds) {
        return Writes.withThings(ds);
    }

    @After
    public void stop() throws Exception {
        db.stop();
    }

    @Test
    public void anInsertMeetingADuplicateKeyChangesNothingAndTheUnitGoesOn() throws Exception {
        db.write(tx -> {
            java.sql.PreparedStatement ps = tx.prepare("INSERT INTO thing (id, name) VALUES (?, ?)");
            ps.setLong(1, -7);
            ps.setString(2, "first");
            assertTrue(tx.insertUnlessDuplicate(ps));
            ps.setString(2, "second");
            org.junit.Assert.assertFalse(tx.insertUnlessDuplicate(ps));
            ps.setLong(1, -8);
            ps.executeUpdate(); // the unit goes on after the duplicate
            return null;
        });
        assertEquals(2, count(db, "SELECT COUNT(*) FROM thing WHERE id IN (-7, -8)"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM thing WHERE id = -7 AND name = 'first'"));
    }

    @Test
    public void concurrentWritesAllCommitSharingFlushesAndTheChainVerifies() throws Exception {
        concurrently(db, 800, n -> tx -> insert(tx, "thing-" + n));
        assertEquals(800, count(db, "SELECT COUNT(*) FROM thing"));
        assertEquals(800, count(db, "SELECT COUNT(*) FROM audit_log"));
        AuditVerification v = db.verify();
        assertTrue(v.problem(), v.valid());
        assertEquals(800, v.records());
        org.qinqing.hall.store.Database.WriteStats s = db.stats();
        assertTrue("group commit: " + s.commits() + " commits for " + s.writes() + " writes", s.commits() < s.writes());
    }

    @Test
    public void theWriterKeepsABoundedNumberOfPreparedStatements() {
        int distinct = GroupCommitWriter.MAX_CACHED_STATEMENTS + 50;
        for (int i = 0; i < distinct; i++) {
            final int n = i;
            long v = db.write(tx -> {
                PreparedStatement ps = tx.prepare("SELECT " + n + " FROM SYSIBM.SYSDUMMY1");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(n, v);
        }
        // one write at a time: the cache is emptied before a batch once it holds more than the bound
        assertTrue("cached: " + db.cachedStatements(), db.cachedStatements() <= GroupCommitWriter.MAX_CACHED_STATEMENTS + 1);
        db.write(tx -> insert(tx, "after-the-statements-were-closed"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM thing WHERE name = 'after-the-statements-were-closed'"));
    }

    @Test
    public void aFailingUnitLeavesNoTraceWhileItsNeighboursCommit() throws Exception {
        List<Long> results = concurrently(db, 200, n -> tx -> {
            long id = insert(tx, "thing-" + n);
            if (n % 3 == 0) {
                throw HallException.conflict("test", "refused " + n);
            }
            return id;
        });
        long refused = results.stream().filter(Objects::isNull).count();
        assertEquals(67, refused);
        assertEquals(133, count(db, "SELECT COUNT(*) FROM thing"));
        assertEquals(133, count(db, "SELECT COUNT(*) FROM audit_log"));
        assertTrue(db.verify().valid());
    }

    @Test
    public void aUnitsAuditRecordsStayTogetherInChainOrderAndAFailedUnitsAreDropped() throws Exception {
        // 0 to 44 records a unit, a quarter of the units refused after writing theirs
        long kept = sum(concurrently(db, 120, n -> tx -> {
            for (int k = 0; k < n % 45; k++) {
                tx.audit(new AuditRecord("thing", "t" + n, "step-" + k, "tester", "test", null, null, null, null, null));
            }
            if (n % 4 == 0) {
                throw HallException.conflict("test", "refused " + n);
            }
            return (long) (n % 45);
        }));
        assertEquals(kept, count(db, "SELECT COUNT(*) FROM audit_log"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM audit_log WHERE subject IN ('t0', 't4', 't44')"));
        assertEquals(43, count(db, "SELECT COUNT(*) FROM audit_log WHERE subject = 't43'"));
        // a unit's records keep their order in the chain
        assertEquals(42, count(db, "SELECT MAX(seq) - MIN(seq) FROM audit_log WHERE subject = 't43'"));
        AuditVerification v = db.verify();
        assertTrue(v.problem(), v.valid());
        assertEquals(kept, v.records());
    }

    @Test
    public void anAuditRecordTheLogCannotHoldFailsItsOwnUnitNotTheBatch() throws Exception {
        // records are inserted at the batch's end: one too long for its column must fail at tx.audit
        List<Long> results = concurrently(db, 90, n -> tx -> {
            long id = insert(tx, "audited-" + n);
            String reason = n % 3 == 0 ? "x".repeat(1001) : "fine";
            String actor = n % 3 == 1 && n % 2 == 0 ? null : "tester";
            try {
                tx.audit(new AuditRecord("thing", "a" + n, "make", actor, "test", null, null, null, reason, null));
            } catch (java.sql.SQLException e) {
                throw HallException.conflict("test", "refused at tx.audit: " + e.getMessage());
            }
            return id;
        });
        long refused = results.stream().filter(Objects::isNull).count();
        assertEquals(30 + 15, refused);
        assertEquals(45, count(db, "SELECT COUNT(*) FROM thing"));
        assertEquals(2 * 45, count(db, "SELECT COUNT(*) FROM audit_log"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM audit_log WHERE LENGTH(reason) > 4"));
        AuditVerification v = db.verify();
        assertTrue(v.problem(), v.valid());
    }

    /**
     * Subjects' trails read (and so kept) while 400 units from 8 threads add records to them, a
     * fifth of the units refused: afterwards each trail reads exactly as the log holds it.
     */
    @Test
    public void aSubjectsTrailReadsAsTheLogHoldsItWhileUnitsAddToIt() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<?>> reading = new java.util.ArrayList<>();
        for (int r = 0; r < 2; r++) {
            reading.add(readers.submit(() -> {
                java.util.Random random = new java.util.Random();
                while (writing.get()) {
                    db.forSubject("s" + random.nextInt(10));
                }
                return null;
            }));
        }
        concurrently(db, 400, n -> tx -> {
            for (int k = 0; k <= n % 3; k++) {
                tx.audit(new AuditRecord("thing", "s" + (n + k) % 10, "step-" + k, "tester", "test", null, null, null, null, null));
            }
            if (n % 5 == 0) {
                throw HallException.conflict("test", "refused " + n);
            }
            return (long) n;
        });
        writing.set(false);
        for (java.util.concurrent.Future<?> f : reading) {
            f.get();
        }
        readers.shutdown();
        for (int s = 0; s < 10; s++) {
            String subject = "s" + s;
            List<String> logged = db.read(c -> {
                List<String> out = new java.util.ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_log WHERE subject = ? ORDER BY seq")) {
                    ps.setString(1, subject);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getLong(1) + ":" + rs.getString(2));
                        }
                    }
                }
                return out;
            });
            assertTrue(subject, !logged.isEmpty());
            assertEquals(subject, logged, db.forSubject(subject).stream().map(e -> e.seq() + ":" + e.hash()).toList());
        }
        assertTrue(db.verify().valid());
    }

    @Test
    public void aSubjectIsKeptFromItsFirstRecordOnlyWhenTheUnitCreatingItCommits() {
        db.write(tx -> record(tx, "old-1", "first"));
        try {
            db.write(tx -> {
                tx.creates("old-1");
                record(tx, "old-1", "refused");
                throw HallException.conflict("test", "refused");
            });
            fail("the unit is refused");
        } catch (HallException expected) {
            // its claim to create old-1 goes with it
        }
        db.write(tx -> record(tx, "old-1", "second"));
        assertEquals(List.of("first", "second"), db.forSubject("old-1").stream().map(e -> e.action()).toList());
        db.write(tx -> {
            tx.creates("new-1");
            return record(tx, "new-1", "born");
        });
        db.write(tx -> record(tx, "new-1", "grown"));
        assertEquals(List.of("born", "grown"), db.forSubject("new-1").stream().map(e -> e.action()).toList());
    }

    private static Long record(Tx tx, String subject, String action) throws java.sql.SQLException {
        tx.audit(new AuditRecord("thing", subject, action, "tester", "test", null, null, null, null, null));
        return 0L;
    }

    @Test
    public void verifyNamesTheFirstChangedRecord() throws Exception {
        for (int i = 0; i < 5; i++) {
            final int n = i;
            db.write(tx -> insert(tx, "t" + n));
        }
        exec("UPDATE audit_log SET reason = 'forged' WHERE seq = 3");
        AuditVerification v = db.verify();
        assertFalse(v.valid());
        assertEquals(3, v.firstBad());
        assertTrue(v.problem(), v.problem().contains("changed"));
    }

    @Test
    public void verifyNamesTheFirstRemovedRecord() throws Exception {
        for (int i = 0; i < 5; i++) {
            final int n = i;
            db.write(tx -> insert(tx, "t" + n));
        }
        exec("DELETE FROM audit_log WHERE seq = 4");
        AuditVerification v = db.verify();
        assertFalse(v.valid());
        assertEquals(4, v.firstBad());
        assertTrue(v.problem(), v.problem().contains("missing"));
    }

    @Test
    public void theChainAndCountersContinueAfterARestart() throws Exception {
        long first = db.write(tx -> tx.next("case"));
        db.write(tx -> insert(tx, "before"));
        db.stop();
        db = started(TestStore.existing(ds));
        long second = db.write(tx -> tx.next("case"));
        db.write(tx -> insert(tx, "after"));
        assertEquals(first + 1, second);
        AuditVerification v = db.verify();
        assertTrue(v.problem(), v.valid());
        assertEquals(2, v.records());
    }

    @Test
    public void aChainWrittenBeforeTheHeadWasKeptGoesOnFromItsLastRecord() throws Exception {
        for (String name : List.of("a", "b", "c")) {
            db.write(tx -> insert(tx, name));
        }
        db.stop();
        // back to the schema before store V3: the head table gone, seq the primary key again, one row a counter (V4)
        try (java.sql.Connection c = TestStore.existing(ds).getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE audit_head");
            st.executeUpdate("DROP TABLE hall_job"); // store V6
            st.executeUpdate("DROP TABLE hall_node");
            st.executeUpdate("ALTER TABLE audit_log ADD PRIMARY KEY (seq)");
            st.executeUpdate("UPDATE hall_counter h SET counter_value = (SELECT MAX(m.counter_value) FROM hall_counter m WHERE m.name = h.name)");
            st.executeUpdate("DELETE FROM hall_counter h WHERE lane = 1 AND EXISTS (SELECT 1 FROM hall_counter z WHERE z.name = h.name AND z.lane = 0)");
            st.executeUpdate("UPDATE hall_counter SET lane = 0");
            st.executeUpdate("ALTER TABLE hall_counter DROP PRIMARY KEY");
            st.executeUpdate("ALTER TABLE hall_counter DROP COLUMN lane");
            st.executeUpdate("ALTER TABLE hall_counter ADD PRIMARY KEY (name)");
            st.executeUpdate("DELETE FROM hall_schema WHERE module = 'store' AND version >= 3");
        }
        db = started(TestStore.existing(ds));
        db.write(tx -> insert(tx, "d"));
        AuditVerification v = db.verify();
        assertTrue(v.problem(), v.valid());
        assertEquals(4, v.records());
        assertEquals(4, count(db, "SELECT MAX(seq) FROM audit_head"));
    }

    @Test
    public void aCounterUsedByAFailedUnitIsNeverReused() {
        try {
            db.write(tx -> {
                tx.next("case");
                throw HallException.conflict("test", "no");
            });
            fail();
        } catch (HallException expected) {
            // the unit rolled back, its number is skipped
        }
        assertEquals(2, (long) db.write(tx -> tx.next("case")));
    }

    @Test
    public void migrationsRunOnceInOrder() {
        db.migrate("test", List.of(
                new Migration(1, "things", "CREATE TABLE thing (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40));"),
                new Migration(2, "more", "ALTER TABLE thing ADD COLUMN colour VARCHAR(10);")));
        db.migrate("test", List.of(new Migration(2, "more", "ALTER TABLE thing ADD COLUMN colour VARCHAR(10);")));
        assertEquals(2, count(db, "SELECT MAX(version) FROM hall_schema WHERE module = 'test'"));
    }


    private static long sum(List<Long> results) {
        return results.stream().filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    private static long insert(org.qinqing.hall.store.Tx tx, String name) throws java.sql.SQLException {
        long id = tx.next("thing");
        PreparedStatement ps = tx.prepare("INSERT INTO thing (id, name) VALUES (?, ?)");
        ps.setLong(1, id);
        ps.setString(2, name);
        ps.executeUpdate();
        tx.audit(new AuditRecord("thing", name, "create", "tester", "test", null, null, "NEW", null, null));
        return id;
    }


    private void exec(String sql) {
        db.read(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate(sql);
            }
        });
    }
}
