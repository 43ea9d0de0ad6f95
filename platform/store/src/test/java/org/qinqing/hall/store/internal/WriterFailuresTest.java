package org.qinqing.hall.store.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.qinqing.hall.store.internal.Writes.count;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Test;
import org.qinqing.hall.api.AuditVerification;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.store.testing.TestStore;

/**
 * The writer's rare paths, each injected: whatever fails, a caller told "saved" finds the write,
 * a caller told "not saved" does not, the chain verifies, and nobody waits for ever.
 */
public class WriterFailuresTest {
    private static final AtomicLong IDS = new AtomicLong();
    private final EmbeddedDataSource ds = TestStore.fresh();
    private JdbcDatabase db = started(ds);

    private static JdbcDatabase started(EmbeddedDataSource ds) {
        return Writes.withThings(ds);
    }

    @After
    public void stop() throws Exception {
        db.stop();
    }

    @Test(timeout = 30_000)
    public void aCommitTaskThatThrowsEvenAnErrorLeavesTheWriteCommittedAndTheWriterRunning() {
        long a = db.write(tx -> {
            long id = insert(tx, "task-throws");
            tx.onCommit(() -> {
                throw new IllegalStateException("a module's commit task failed");
            });
            return id;
        });
        long b = db.write(tx -> {
            long id = insert(tx, "task-errs");
            tx.onCommit(() -> {
                throw new NoClassDefFoundError("org/qinqing/hall/gone/AfterARefresh");
            });
            tx.afterCommit(() -> {
                throw new NoClassDefFoundError("org/qinqing/hall/gone/InTheCallersThread");
            });
            return id;
        });
        assertEquals(1, count(db, "SELECT COUNT(*) FROM thing WHERE id = " + a));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM thing WHERE id = " + b));
        for (int i = 0; i < 20; i++) {
            insertAlone("after-" + i);
        }
        assertChainWhole(22);
    }

    @Test(timeout = 30_000)
    public void anErrorInAUnitFailsThatUnitAloneAndItsCallerHearsIt() {
        try {
            db.write(tx -> {
                insert(tx, "doomed");
                throw new NoClassDefFoundError("org/qinqing/hall/gone/Handler");
            });
            fail("the unit's error must reach its caller");
        } catch (NoClassDefFoundError expected) {
            // its own failure, not the store's
        }
        insertAlone("next");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM thing WHERE name = 'doomed'"));
        assertChainWhole(1);
    }

    @Test(timeout = 60_000)
    public void aBatchBrokenMidWayFailsEveryCallerItTellsAndTheChainGoesOn() throws Exception {
        // one unit rolls back the writer's whole transaction: its neighbours' writes are gone with it
        Map<String, Boolean> told = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = "mid-" + i;
            boolean breaker = i % 50 == 25;
            futures.add(pool.submit(() -> {
                try {
                    db.write(tx -> {
                        long id = insert(tx, name);
                        if (breaker) {
                            tx.connection().rollback();
                        }
                        return id;
                    });
                    told.put(name, true);
                } catch (HallException e) {
                    told.put(name, false);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        int saved = 0;
        for (Map.Entry<String, Boolean> e : told.entrySet()) {
            long found = count(db, "SELECT COUNT(*) FROM thing WHERE name = '" + e.getKey() + "'");
            assertEquals(e.getKey() + " was told " + (e.getValue() ? "saved" : "not saved"), e.getValue() ? 1 : 0, found);
            saved += e.getValue() ? 1 : 0;
        }
        assertTrue("some batches were broken", saved < 200);
        insertAlone("after-the-broken-batches");
        assertChainWhole(saved + 1);
    }

    @Test(timeout = 60_000)
    public void aDeadlockRunsTheWholeBatchAgainSoNoNeighbourIsLost() throws Exception {
        AtomicInteger victimRuns = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            // the blocker holds the writer so that the neighbour and the victim share the next batch
            Future<Long> blocker = pool.submit(() -> db.write(tx -> {
                pause(500);
                return insert(tx, "blocker");
            }));
            Thread.sleep(150);
            Future<Long> neighbour = pool.submit(() -> db.write(tx -> insert(tx, "neighbour")));
            Thread.sleep(50);
            Future<Long> victim = pool.submit(() -> db.write(tx -> {
                insert(tx, "victim");
                if (victimRuns.incrementAndGet() == 1) {
                    // what Derby does to a deadlock victim: the whole transaction is rolled back
                    tx.connection().rollback();
                    throw new SQLTransactionRollbackException("A lock could not be obtained due to a deadlock", "40001");
                }
                return 0L;
            }));
            blocker.get(20, TimeUnit.SECONDS);
            neighbour.get(20, TimeUnit.SECONDS);
            victim.get(20, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }
        assertEquals(2, victimRuns.get());
        assertEquals(1, count(db, "SELECT COUNT(*) FROM thing WHERE name = 'neighbour'"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM thing WHERE name = 'victim'"));
        assertChainWhole(3);
    }

    @Test(timeout = 30_000)
    public void aWriteFromInsideAUnitOrACommitTaskIsRefusedInsteadOfWaitingForItself() {
        try {
            db.write(tx -> db.write(inner -> insert(inner, "inner")));
            fail("a write from the writer's thread must be refused");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("inside a unit"));
        }
        AtomicBoolean refused = new AtomicBoolean();
        db.write(tx -> {
            tx.onCommit(() -> {
                try {
                    db.write(inner -> insert(inner, "from-a-commit-task"));
                } catch (IllegalStateException expected) {
                    refused.set(true);
                }
            });
            return insert(tx, "outer");
        });
        assertTrue(refused.get());
        assertEquals(0, count(db, "SELECT COUNT(*) FROM thing WHERE name IN ('inner', 'from-a-commit-task')"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM thing WHERE name = 'outer'"));
    }

    @Test(timeout = 60_000)
    public void stoppingUnderLoadAnswersEveryCallerAndKeepsEveryAcknowledgedWrite() throws Exception {
        List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                for (int i = 0; ; i++) {
                    String name = "load-" + thread + "-" + i;
                    try {
                        db.write(tx -> insert(tx, name));
                        acknowledged.add(name);
                    } catch (HallException e) {
                        refused.incrementAndGet();
                        return;
                    }
                }
            }));
        }
        Thread.sleep(400);
        db.stop();
        for (Future<?> f : writers) {
            f.get(20, TimeUnit.SECONDS); // every caller answered: none waits for a stopped writer
        }
        pool.shutdown();
        assertEquals(8, refused.get());
        db = started(TestStore.existing(ds));
        assertEquals(acknowledged.size(), count(db, "SELECT COUNT(*) FROM thing"));
        assertChainWhole(acknowledged.size());
    }

    @Test
    public void twoAuditRecordsCannotShareASequenceNumber() {
        insertAlone("one");
        try {
            db.read(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("INSERT INTO audit_log (seq, recorded_at, subject_type, subject, action, actor,"
                            + " prev_hash, hash) SELECT seq, recorded_at, subject_type, subject, action, actor, prev_hash, hash"
                            + " FROM audit_log WHERE seq = 1");
                }
            });
            fail("a second record 1 must be refused");
        } catch (HallException expected) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM audit_log"));
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void insertAlone(String name) {
        db.write(tx -> insert(tx, name));
    }

    private void assertChainWhole(long records) {
        AuditVerification v = db.verify();
        assertTrue(v.problem(), v.valid());
        assertEquals(records, v.records());
        assertEquals(records, count(db, "SELECT COUNT(DISTINCT seq) FROM audit_log"));
    }

    private static long insert(Tx tx, String name) throws SQLException {
        long id = IDS.incrementAndGet();
        PreparedStatement ps = tx.prepare("INSERT INTO thing (id, name) VALUES (?, ?)");
        ps.setLong(1, id);
        ps.setString(2, name);
        ps.executeUpdate();
        tx.audit(new AuditRecord("thing", name, "create", "tester", "test", null, null, "NEW", null, null));
        return id;
    }
}
