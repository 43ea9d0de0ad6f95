package org.qinqing.hall.store.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.qinqing.hall.store.internal.Writes.concurrently;
import static org.qinqing.hall.store.internal.Writes.count;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Test;
import org.qinqing.hall.api.AuditVerification;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.store.testing.TestStore;

/**
 * The writer runs a batch while the one before it is being committed on its other connection.
 * Real Derby; its commits are slowed down here (so nearly every batch overlaps one) and, in one
 * test, made to fail once.
 */
public class OverlappingCommitsTest {
    private final EmbeddedDataSource derby = TestStore.fresh();
    private final AtomicBoolean failNextCommit = new AtomicBoolean();
    private final JdbcDatabase db = new JdbcDatabase(slowCommits(derby), java.time.Instant::now, TestStore.storeMigrations());

    public OverlappingCommitsTest() {
        db.start();
        db.migrate("test", List.of(new Migration(1, "tally", "CREATE TABLE tally (id INT NOT NULL PRIMARY KEY, n BIGINT NOT NULL);"
                + "\nINSERT INTO tally VALUES (1, 0);")));
    }

    @After
    public void stop() throws Exception {
        db.stop();
    }

    @Test
    public void aUnitReadingARowOfTheBatchBeingCommittedWaitsForItAndLosesNoUpdate() throws Exception {
        List<Long> seen = concurrently(db, 600, n -> this::increment);
        assertEquals(600, seen.stream().filter(v -> v != null).count());
        // every unit read the value the one before it wrote: 1..600, each once
        assertEquals(600, seen.stream().distinct().count());
        assertEquals(600, count(db, "SELECT n FROM tally WHERE id = 1"));
        AuditVerification v = db.verify();
        assertTrue(v.problem(), v.valid());
        assertEquals(600, v.records());
        assertTrue("overlapping commits: " + db.stats(), db.stats().commits() > 20);
    }

    @Test
    public void aFailedCommitTakesTheBatchesRunBehindItWithItAndTheWriterGoesOnFromBeforeIt() throws Exception {
        concurrently(db, 50, n -> this::increment);
        failNextCommit.set(true);
        List<Long> seen = concurrently(db, 400, n -> this::increment);
        long committed = seen.stream().filter(v -> v != null).count();
        assertTrue("some writes failed with the commit: " + committed, committed < 400);
        assertTrue("the writer went on after the failure: " + committed, committed > 0);
        // nothing half-written: the tally, the audit chain and the counter agree with what was acknowledged
        assertEquals(50 + committed, count(db, "SELECT n FROM tally WHERE id = 1"));
        AuditVerification v = db.verify();
        assertTrue(v.problem(), v.valid());
        assertEquals(50 + committed, v.records());
        assertEquals(51 + committed, (long) db.write(tx -> tx.next("tick")));
    }

    /**
     * The tally kept in the cache of rows and read there by the units ({@code Region.get(tx, …)}):
     * a failed unit (every seventh) and a failed commit (with the batches behind it) must never
     * leave it kept at a count that was rolled back, nor a unit read it while a change of it is
     * still on its way to the cache.
     */
    @Test
    public void aValueKeptFromUnitToUnitIsReadAgainWhenTheWriterUndoesWork() throws Exception {
        Region<Long> kept = db.rows().region("test.tally", 10);
        concurrently(db, 50, n -> tx -> keptIncrement(tx, kept, false));
        failNextCommit.set(true);
        List<Long> seen = concurrently(db, 400, n -> tx -> keptIncrement(tx, kept, n % 7 == 0));
        long committed = seen.stream().filter(v -> v != null).count();
        assertTrue("some writes failed: " + committed, committed < 400 - 400 / 7);
        assertEquals(50 + committed, count(db, "SELECT n FROM tally WHERE id = 1"));
        assertEquals("the acknowledged counts are the tally's, each once", committed,
                seen.stream().filter(v -> v != null).distinct().filter(v -> v > 50 && v <= 50 + committed).count());
        assertEquals(51 + committed, (long) db.write(tx -> keptIncrement(tx, kept, false)));
    }

    /**
     * {@link Tx#onCommit} keeps a copy of the tally in memory, as a cache of rows would: its tasks
     * run in commit order and before their callers are answered, and never for a failed unit (every
     * seventh) or a batch whose commit failed (or one run behind it).
     */
    @Test
    public void commitTasksRunInCommitOrderBeforeTheCallerIsAnsweredAndOnlyForWhatCommitted() throws Exception {
        java.util.List<Long> copies = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        long[] copy = {0};
        concurrently(db, 50, n -> tx -> copied(tx, copy, copies, false));
        failNextCommit.set(true);
        List<Long> seen = concurrently(db, 400, n -> tx -> copied(tx, copy, copies, n % 7 == 0));
        long committed = seen.stream().filter(v -> v != null).count();
        assertTrue("some writes failed: " + committed, committed < 400 - 400 / 7);
        long stored = count(db, "SELECT n FROM tally WHERE id = 1");
        assertEquals(50 + committed, stored);
        assertEquals("the copy is what is committed", stored, copy[0]);
        // one task per committed unit, in the order of the values they committed: 1, 2, 3, ...
        assertEquals(stored, copies.size());
        for (int i = 0; i < copies.size(); i++) {
            assertEquals((long) i + 1, (long) copies.get(i));
        }
        // a caller answered sees its task done
        for (int i = 0; i < 20; i++) {
            long v = db.write(tx -> copied(tx, copy, copies, false));
            assertEquals(v, copy[0]);
        }
    }

    /** Increments the tally; once committed, a task sets {@code copy} to the new value and notes it. */
    private static Long copied(Tx tx, long[] copy, List<Long> copies, boolean thenFail) throws SQLException {
        long n = tally(tx) + 1;
        setTally(tx, n);
        tx.onCommit(() -> {
            copies.add(n);
            copy[0] = n;
        });
        if (thenFail) {
            throw HallException.conflict("test", "refused after writing " + n);
        }
        return n;
    }

    private static Long keptIncrement(Tx tx, Region<Long> kept, boolean thenFail) throws SQLException {
        long n = kept.get(tx, "1", OverlappingCommitsTest::tally) + 1;
        setTally(tx, n);
        kept.changed(tx, "1", n);
        if (thenFail) {
            throw HallException.conflict("test", "refused after writing " + n);
        }
        return n;
    }

    /** Reads the tally, writes it plus one, records it; the counter {@code tick} counts along. */
    private Long increment(Tx tx) throws SQLException {
        long n = tally(tx) + 1;
        setTally(tx, n);
        tx.next("tick");
        tx.audit(new AuditRecord("tally", "1", "increment", "tester", "test", null, null, Long.toString(n), null, null));
        return n;
    }

    private static long tally(Tx tx) throws SQLException {
        try (ResultSet rs = tx.prepare("SELECT n FROM tally WHERE id = 1").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void setTally(Tx tx, long n) throws SQLException {
        PreparedStatement up = tx.prepare("UPDATE tally SET n = ? WHERE id = 1");
        up.setLong(1, n);
        up.executeUpdate();
    }

    /** Derby, with each commit of the writer taking 3 ms more and the next one failing when asked. */
    private DataSource slowCommits(EmbeddedDataSource ds) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
            Object r = invoke(ds, m, args);
            if (!m.getName().equals("getConnection")) {
                return r;
            }
            Connection c = (Connection) r;
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (cp, cm, cargs) -> {
                if (cm.getName().equals("commit") && !c.getAutoCommit()) {
                    Thread.sleep(3);
                    if (failNextCommit.compareAndSet(true, false)) {
                        throw new SQLException("the disk is gone (test)", "XSLA0");
                    }
                }
                return invoke(c, cm, cargs);
            });
        });
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
