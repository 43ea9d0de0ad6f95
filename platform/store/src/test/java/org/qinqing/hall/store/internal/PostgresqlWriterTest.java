package org.qinqing.hall.store.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Assume;
import org.junit.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.qinqing.hall.api.AuditVerification;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.store.testing.TestStore;

/**
 * The writer on a real PostgreSQL ({@code -Dhall.store=postgresql}; {@code -Dhall.store.url}, by default
 * database {@code hall_test} as {@code .ci/run} creates it, emptied first), where a unit's savepoint is
 * SQL released with the next unit's: units that fail, by an exception, by an SQL error that aborts
 * the transaction, or by going on after an SQL error they caught (which PostgreSQL, unlike Derby, does
 * not undo by itself), among units of the same batches that succeed (some going on after a duplicate
 * key met with {@code Tx.insertUnlessDuplicate}), leave nothing; the others everything,
 * and the audit chain, inserted as one JDBC batch, verifies; and two writers (two nodes) on one
 * database take turns onto one chain.
 */
public class PostgresqlWriterTest {
    /** The advisory lock all nodes' writers take per batch ("hallwri" in ASCII). */
    private static final long WRITERS_LOCK = 0x68616c6c777269L;
    private static final String URL = System.getProperty("hall.store.url", "jdbc:postgresql://127.0.0.1:5432/hall_test");

    /** @return a data source on the emptied test database */
    private static PGSimpleDataSource emptied() throws Exception {
        Assume.assumeTrue("runs on PostgreSQL only (-Dhall.store=postgresql)", "postgresql".equals(System.getProperty("hall.store")));
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(URL);
        ds.setUser(System.getProperty("hall.store.user", "hall"));
        ds.setPassword(System.getProperty("hall.store.password", "hall"));
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
        return ds;
    }

    private static JdbcDatabase started(PGSimpleDataSource ds) throws Exception {
        JdbcDatabase db = new JdbcDatabase(ds, Instant::now, storeMigrationsOnPostgresql());
        db.start();
        db.migrate("test", List.of(new Migration(1, "things", "CREATE TABLE thing (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40));")));
        return db;
    }

    /**
     * Two writers (two nodes' stores) on one database, each from 16 threads at once, numbering their
     * things from one counter: their batches take turns on the writers' lock, every number is unique, the
     * chain of both verifies, and idle writers hold no lock.
     */
    @Test(timeout = 180_000)
    public void twoNodesWritersTakeTurnsOnOneChainWithUniqueNumbers() throws Exception {
        PGSimpleDataSource ds = emptied();
        JdbcDatabase a = started(ds);
        JdbcDatabase b = started(ds);
        try {
            ExecutorService clients = Executors.newFixedThreadPool(32);
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                JdbcDatabase db = i % 2 == 0 ? a : b;
                String node = i % 2 == 0 ? "a" : "b";
                results.add(clients.submit(() -> db.write(tx -> {
                    long id = tx.next("thing");
                    PreparedStatement ps = tx.prepare("INSERT INTO thing (id, name) VALUES (?, ?)");
                    ps.setLong(1, id);
                    ps.setString(2, node);
                    ps.executeUpdate();
                    tx.audit(new AuditRecord("thing", node + id, "create", "tester", "test", null, null, "NEW", null, null));
                    return id;
                })));
            }
            for (Future<Long> f : results) {
                assertNotNull(f.get(120, TimeUnit.SECONDS));
            }
            clients.shutdown();
            assertEquals(1200, Writes.count(a, "SELECT COUNT(DISTINCT id) FROM thing"));
            AuditVerification v = b.verify();
            assertTrue(v.problem(), v.valid());
            assertEquals(1200, v.records());
            long turns = a.read(c -> {
                long switches = 0;
                String last = null;
                try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT subject FROM audit_log ORDER BY seq")) {
                    while (rs.next()) {
                        String node = rs.getString(1).substring(0, 1);
                        switches += last != null && !last.equals(node) ? 1 : 0;
                        last = node;
                    }
                }
                return switches;
            });
            assertTrue("the writers took turns: " + turns + " changes of writer along the chain", turns >= 2);
            // idle writers hold no lock: a third session gets it within a second
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            boolean free = false;
            while (!free && System.nanoTime() < deadline) {
                free = a.read(c -> {
                    try (Statement st = c.createStatement();
                         java.sql.ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + WRITERS_LOCK + ")")) {
                        rs.next();
                        boolean got = rs.getBoolean(1);
                        if (got) {
                            st.execute("SELECT pg_advisory_unlock(" + WRITERS_LOCK + ")");
                        }
                        return got;
                    }
                });
                Thread.sleep(20);
            }
            assertTrue("idle writers hold no lock", free);
            System.out.println("two writers: " + turns + " changes of writer along a chain of " + v.records() + " records");
        } finally {
            a.stop();
            b.stop();
        }
    }

    @Test(timeout = 120_000)
    public void failedUnitsAmongGoodOnesOfOneBatchLeaveNothingAndTheOthersEverything() throws Exception {
        JdbcDatabase db = started(emptied());
        try {
            int units = 400;
            List<Future<Long>> results = fromManyThreads(db, units, i -> tx -> {
                long id = i;
                insert(tx, id);
                if (id % 5 == 1) {
                    throw HallException.conflict("refused", "refused after its insert");
                }
                if (id % 5 == 2) {
                    insert(tx, -1); // a duplicate key: PostgreSQL refuses every statement until the unit's savepoint is rolled back to
                }
                if (id % 5 == 3) {
                    PreparedStatement again = tx.prepare("INSERT INTO thing (id, name) VALUES (?, ?)");
                    again.setLong(1, -1);
                    again.setString(2, "again");
                    if (tx.insertUnlessDuplicate(again)) {
                        throw new IllegalStateException("thing -1 inserted twice");
                    }
                    tx.prepare("SELECT 1").executeQuery().close(); // the transaction still takes statements
                }
                if (id % 5 == 4) {
                    try {
                        insert(tx, -1);
                    } catch (java.sql.SQLException caughtAndIgnored) {
                        // fine on Derby (the statement alone is undone); on PostgreSQL the transaction is failed from here
                    }
                }
                return id;
            });
            int good = 0;
            for (int i = 0; i < units; i++) {
                Long result = null;
                try {
                    result = results.get(i).get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException failed) {
                    assertTrue("unit " + i + " failed: " + failed.getCause(), i % 5 == 1 || i % 5 == 2 || i % 5 == 4);
                }
                if (i % 5 == 0 || i % 5 == 3) {
                    assertNotNull("unit " + i + " succeeded", result);
                    good++;
                } else {
                    assertNull("unit " + i + " failed", result);
                }
                assertEquals("rows of unit " + i, result == null ? 0 : 1, Writes.count(db, "SELECT COUNT(*) FROM thing WHERE id = " + i));
            }
            // alone in its batch, so its last unit: the release of its savepoint goes with the batch's audit records (one round
            // trip), which must then go in without its record
            try {
                db.write(tx -> {
                    insert(tx, 1_000);
                    try {
                        insert(tx, -1);
                    } catch (java.sql.SQLException caughtAndIgnored) {
                        // the transaction is failed from here
                    }
                    return null;
                });
                org.junit.Assert.fail("a unit that went on after an SQL error fails");
            } catch (RuntimeException expected) {
                assertEquals(0, Writes.count(db, "SELECT COUNT(*) FROM thing WHERE id = 1000"));
            }
            db.write(tx -> insert(tx, 1_001));
            good++;
            assertBatchedAndChained(db, good + 1);
        } finally {
            db.stop();
        }
    }

    /**
     * Writes taken for later ({@code Tx.later}) go to the server together at the unit's next statement or its end: a unit
     * reads back what it took for later, a statement set again after being taken runs twice with both parameter sets, a
     * duplicate key among them fails its unit alone, and a guarded update that finds no row fails its unit with its own
     * failure (409), leaving none of that unit's writes, while the units around it in the same batches keep theirs.
     */
    @Test(timeout = 120_000)
    public void writesTakenForLaterGoTogetherAreReadBackAndFailTheirUnitAlone() throws Exception {
        JdbcDatabase db = started(emptied());
        try {
            int units = 400;
            List<Future<Long>> results = fromManyThreads(db, units, i -> tx -> {
                long id = i * 10L;
                int kind = i % 5;
                PreparedStatement in = tx.prepare("INSERT INTO thing (id, name) VALUES (?, ?)");
                in.setLong(1, id);
                in.setString(2, "first");
                tx.later(in);
                in.setLong(1, id + 1); // the same statement again, at once
                in.setString(2, "second");
                tx.later(in);
                PreparedStatement up = tx.prepare("UPDATE thing SET name = ? WHERE id = ?");
                up.setString(1, "renamed");
                up.setLong(2, kind == 3 ? -99 : id);
                tx.later(up, () -> HallException.conflict("no_thing", "no thing " + id));
                tx.audit(new AuditRecord("thing", "t" + id, "create", "tester", "test", null, null, "NEW", null, null));
                if (kind == 1) {
                    PreparedStatement read = tx.prepare("SELECT name FROM thing WHERE id = ?");
                    read.setLong(1, id);
                    try (java.sql.ResultSet rs = read.executeQuery()) {
                        if (!rs.next() || !"renamed".equals(rs.getString(1))) {
                            throw new IllegalStateException("thing " + id + " not read back as renamed");
                        }
                    }
                }
                if (kind == 2) {
                    in.setLong(1, -1); // a duplicate key, found when the writes go
                    in.setString(2, "duplicate");
                    tx.later(in);
                }
                return id;
            });
            int good = 0;
            for (int i = 0; i < units; i++) {
                long id = i * 10L;
                Long result = null;
                try {
                    result = results.get(i).get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException failed) {
                    assertTrue("unit " + i + " failed: " + failed.getCause(), i % 5 == 2 || i % 5 == 3);
                    if (i % 5 == 3) {
                        assertTrue("its own failure: " + failed.getCause(), failed.getCause() instanceof HallException h && h.kind() == HallException.Kind.CONFLICT);
                    }
                }
                boolean kept = i % 5 != 2 && i % 5 != 3;
                assertEquals("unit " + i, kept ? Long.valueOf(id) : null, result);
                good += kept ? 1 : 0;
                assertEquals("rows of unit " + i, kept ? 2 : 0, Writes.count(db, "SELECT COUNT(*) FROM thing WHERE id IN (" + id + ", " + (id + 1) + ")"));
                if (kept) {
                    assertEquals(1, Writes.count(db, "SELECT COUNT(*) FROM thing WHERE id = " + id + " AND name = 'renamed'"));
                    assertEquals(1, Writes.count(db, "SELECT COUNT(*) FROM thing WHERE id = " + (id + 1) + " AND name = 'second'"));
                }
            }
            assertEquals("thing -1 untouched", 1, Writes.count(db, "SELECT COUNT(*) FROM thing WHERE id = -1 AND name = 'thing -1'"));
            assertBatchedAndChained(db, good + 1);
        } finally {
            db.stop();
        }
    }

    /**
     * Inserts thing -1, then runs {@code units} units from 32 threads at once. @return their futures, in order
     */
    private static List<Future<Long>> fromManyThreads(JdbcDatabase db, int units, java.util.function.IntFunction<org.qinqing.hall.store.TxWork<Long>> unit) {
        db.write(tx -> insert(tx, -1));
        ExecutorService clients = Executors.newFixedThreadPool(32);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            org.qinqing.hall.store.TxWork<Long> work = unit.apply(i);
            results.add(clients.submit(() -> db.write(work)));
        }
        clients.shutdown();
        return results;
    }

    /** Units shared batches, and the audit chain verifies with {@code records} records. */
    private static void assertBatchedAndChained(JdbcDatabase db, int records) {
        Database.WriteStats stats = db.stats();
        assertTrue("units shared batches (" + stats + ")", stats.commits() < stats.writes());
        AuditVerification v = db.verify();
        assertTrue(v.problem(), v.valid());
        assertEquals(records, v.records());
    }

    /** @return the store's migrations with their PostgreSQL files ({@code db/store/postgresql/}), as the bundle reads them */
    private static List<Migration> storeMigrationsOnPostgresql() throws java.io.IOException {
        List<Migration> out = new ArrayList<>();
        for (Migration m : TestStore.storeMigrations()) {
            String file = "/db/store/postgresql/V" + m.version() + "__" + m.description().replace(' ', '_') + ".sql";
            try (java.io.InputStream in = JdbcDatabase.class.getResourceAsStream(file)) {
                out.add(in == null ? m : new Migration(m.version(), m.description(), m.sql(),
                        java.util.Map.of(Migration.POSTGRESQL, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))));
            }
        }
        return out;
    }

    private static long insert(Tx tx, long id) throws java.sql.SQLException {
        PreparedStatement ps = tx.prepare("INSERT INTO thing (id, name) VALUES (?, ?)");
        ps.setLong(1, id);
        ps.setString(2, "thing " + id);
        ps.executeUpdate();
        tx.audit(new AuditRecord("thing", "t" + id, "create", "tester", "test", null, null, "NEW", null, null));
        return id;
    }
}
