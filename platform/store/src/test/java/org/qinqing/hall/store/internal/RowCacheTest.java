package org.qinqing.hall.store.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Test;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.RowFeed;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.store.testing.TestStore;

/** The cache of committed rows keeps only what is committed, on a real Derby database and the real writer. */
public class RowCacheTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EmbeddedDataSource ds = TestStore.fresh();
    private final JdbcDatabase db = started();
    private final AtomicInteger loads = new AtomicInteger();

    private JdbcDatabase started() {
        JdbcDatabase d = new JdbcDatabase(ds, java.time.Instant::now, TestStore.storeMigrations(), registry);
        d.start();
        d.migrate("test", List.of(new Migration(1, "things", "CREATE TABLE thing (id VARCHAR(20) NOT NULL PRIMARY KEY, name VARCHAR(40));")));
        return d;
    }

    @After
    public void stop() throws Exception {
        db.stop();
    }

    @Test
    public void aWriteThatChangesAKeyDropsItOnceCommittedSoTheNextGetReadsTheNewRow() {
        Region<String> things = db.rows().region("test.thing", 100);
        write("a", "first");
        assertEquals("first", get(things, "a"));
        assertEquals("kept: no second load", "first", get(things, "a"));
        assertEquals(1, loads.get());
        db.write(tx -> {
            set(tx, "a", "second");
            things.changed(tx, "a");
            return null;
        });
        assertNull("dropped before the writer answered", things.peek("a"));
        assertEquals("second", get(things, "a"));
        assertEquals(2, loads.get());
    }

    @Test
    public void aValueAUnitLeavesIsKeptOnlyOnceItsCommitIsDurableAndNeverForAUnitThatFailed() {
        Region<String> things = db.rows().region("test.thing", 100);
        write("a", "first");
        get(things, "a");
        String seenInside = db.write(tx -> {
            set(tx, "a", "second");
            things.changed(tx, "a", "second");
            return things.peek("a");
        });
        assertEquals("not kept before the commit", "first", seenInside);
        assertEquals("second", things.peek("a"));
        try {
            db.write(tx -> {
                set(tx, "a", "third");
                things.changed(tx, "a", "third");
                throw HallException.conflict("no", "refused");
            });
            fail("the unit failed");
        } catch (HallException expected) {
            // its change is rolled back, and so is what it said it left
        }
        assertEquals("second", things.peek("a"));
        assertEquals("second", get(things, "a"));
        assertEquals(1, loads.get());
    }

    @Test
    public void aLoadThatRacedACommitOfItsKeyIsAnsweredButNotKept() {
        Region<String> things = db.rows().region("test.thing", 100);
        write("a", "first");
        String loaded = things.get("a", k -> {
            String old = read(k); // the load reads the row, then a commit changes it before the load is kept
            db.write(tx -> {
                set(tx, "a", "second");
                things.changed(tx, "a");
                return null;
            });
            return old;
        });
        assertEquals("first", loaded);
        assertNull("the possibly stale load is not kept", things.peek("a"));
        assertEquals("second", get(things, "a"));
        assertEquals(1.0, registry.get("hall.store.rows.discarded").tag("region", "test.thing").functionCounter().count(), 0);
    }

    @Test
    public void anInvalidationFromAnotherWriterDropsTheKeyAndARacingLoad() {
        Region<String> things = db.rows().region("test.thing", 100);
        write("a", "first");
        get(things, "a");
        db.rows().invalidate("test.thing", "a");
        assertNull(things.peek("a"));
        things.get("a", k -> {
            db.rows().invalidate("test.thing", k); // another node's commit arrives while this node loads
            return read(k);
        });
        assertNull(things.peek("a"));
        get(things, "a");
        db.rows().invalidateAll("test.thing");
        assertNull(things.peek("a"));
        db.rows().invalidate("no.such.region", "a"); // nothing to do
    }

    @Test
    public void insideAUnitAKeyChangedByAUnitNotYetAppliedIsReadThroughTheUnitsConnection() throws Exception {
        Region<String> things = db.rows().region("test.thing", 100);
        write("a", "first");
        get(things, "a");
        List<String> seen = db.write(tx -> {
            List<String> out = new ArrayList<>();
            out.add(things.get(tx, "a", noLoad("kept and unchanged")));
            set(tx, "a", "second");
            things.changed(tx, "a", "second");
            out.add(things.get(tx, "a", t -> readIn(t, "a")));
            return out;
        });
        assertEquals(List.of("first", "second"), seen);
        assertEquals("second", db.write(tx -> things.get(tx, "a", noLoad("applied: kept"))));
    }

    @Test
    public void whatAUnitReadsOfAKeyNoUnitChangedIsKeptOnceTheUnitCommitsAndNeverForAUnitThatFailed() {
        Region<String> things = db.rows().region("test.thing", 100);
        write("a", "first");
        write("b", "other");
        try {
            db.write(tx -> {
                things.get(tx, "b", t -> readIn(t, "b"));
                throw HallException.conflict("no", "refused");
            });
            fail("the unit failed");
        } catch (HallException expected) {
            // its read is forgotten with it
        }
        assertNull("nothing kept of a failed unit", things.peek("b"));
        String kept = db.write(tx -> {
            String read = things.get(tx, "a", t -> readIn(t, "a"));
            assertNull("not kept before the commit", things.peek("a"));
            return read;
        });
        assertEquals("first", kept);
        assertEquals("kept once committed", "first", things.peek("a"));
        assertEquals("first", db.write(tx -> things.get(tx, "a", noLoad("kept"))));
    }

    @Test
    public void whatAUnitReadsAfterChangingAKeyItSaysChangedIsNotKeptAndARacingInvalidationWins() {
        Region<String> things = db.rows().region("test.thing", 100);
        write("a", "first");
        write("b", "first");
        db.write(tx -> {
            set(tx, "a", "second");
            things.get(tx, "a", t -> readIn(t, "a")); // sees its own change, not said yet
            things.changedPart(tx, "a", v -> v + "!"); // would be applied twice to what it read
            return null;
        });
        assertNull("the unit's change decides: nothing kept", things.peek("a"));
        assertEquals("second", get(things, "a"));
        db.write(tx -> {
            things.get(tx, "b", t -> readIn(t, "b"));
            db.rows().invalidate("test.thing", "b"); // another node changed b after the read
            return null;
        });
        assertNull("a read older than an invalidation is not kept", things.peek("b"));
    }

    @Test
    public void offTheCacheLoadsEveryTimeAndKeepsNothing() {
        Region<String> things = db.rows().region("test.thing", 100);
        write("a", "first");
        get(things, "a");
        db.setRowCache(false);
        assertNull("switching off empties the regions", things.peek("a"));
        get(things, "a");
        get(things, "a");
        db.write(tx -> {
            things.changed(tx, "a", "first");
            return null;
        });
        assertNull(things.peek("a"));
        assertEquals(3, loads.get());
        db.setRowCache(true);
        get(things, "a");
        get(things, "a");
        assertEquals(4, loads.get());
    }

    @Test
    public void metricsCountHitsMissesEvictionsAndSize() {
        Region<String> things = db.rows().region("test.thing", 2);
        for (String k : List.of("a", "b", "c")) {
            write(k, k);
            get(things, k);
        }
        get(things, "c");
        get(things, "b");
        assertEquals(2.0, counter("hall.store.rows.hits"), 0);
        assertEquals(3.0, counter("hall.store.rows.misses"), 0);
        assertEquals(1.0, counter("hall.store.rows.evictions"), 0);
        assertEquals(2.0, registry.get("hall.store.rows.size").tag("region", "test.thing").gauge().value(), 0);
        assertNull("the least recently used went", things.peek("a"));
    }

    @Test
    public void theFeedHearsEachCommittedBatchsKeysInCommitOrderButNotThoseOfFailedUnits() {
        List<List<RowFeed.RowKey>> heard = new CopyOnWriteArrayList<>();
        db.setRowFeeds(List.of(heard::add));
        Region<String> things = db.rows().region("test.thing", 100);
        db.write(tx -> {
            things.changed(tx, "a");
            things.changed(tx, "b", "B");
            things.changedPart(tx, "c", v -> v + "!");
            return null;
        });
        try {
            db.write(tx -> {
                things.changed(tx, "z");
                throw HallException.conflict("no", "refused");
            });
        } catch (HallException expected) {
            // not committed: not published
        }
        assertEquals(List.of(List.of(new RowFeed.RowKey("test.thing", "a"), new RowFeed.RowKey("test.thing", "b"),
                new RowFeed.RowKey("test.thing", "c"))), heard);
    }

    @Test
    public void theFeedHearsTheSubjectsOfACommittedBatchsAuditRecordsSoOtherNodesDropTheirTrails() {
        List<List<RowFeed.RowKey>> heard = new CopyOnWriteArrayList<>();
        db.setRowFeeds(List.of(heard::add));
        assertEquals(List.of(), db.forSubject("case-1"));
        db.write(tx -> {
            tx.audit(new org.qinqing.hall.store.AuditRecord("case", "case-1", "accept", "tester", "test", null, null, null, null, null));
            return null;
        });
        assertEquals(List.of(List.of(new RowFeed.RowKey(SubjectTrails.REGION, "case-1"))), heard);
        assertEquals("the kept trail took the record", 1, db.forSubject("case-1").size());
        db.rows().invalidate(SubjectTrails.REGION, "case-1"); // as another node's record of it would
        assertEquals(1, db.forSubject("case-1").size());
    }

    @Test
    public void aRegionDeclaredAgainIsEmptiedAndAPartChangeOnlyTouchesAKeptEntry() {
        Region<String> things = db.rows().region("test.thing", 100);
        write("a", "first");
        get(things, "a");
        db.write(tx -> {
            things.changedPart(tx, "a", v -> v + "+rung");
            things.changedPart(tx, "x", v -> v + "+rung");
            return null;
        });
        assertEquals("first+rung", things.peek("a"));
        assertNull(things.peek("x"));
        Region<String> again = db.rows().region("test.thing", 100);
        assertNull(again.peek("a"));
    }

    private static org.qinqing.hall.store.TxWork<String> noLoad(String why) {
        return t -> {
            throw new AssertionError(why + ": no load");
        };
    }

    private double counter(String name) {
        return registry.get(name).tag("region", "test.thing").functionCounter().count();
    }

    private String get(Region<String> region, String key) {
        return region.get(key, k -> {
            loads.incrementAndGet();
            return read(k);
        });
    }

    private String read(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM thing WHERE id = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private static String readIn(Tx tx, String key) throws java.sql.SQLException {
        PreparedStatement ps = tx.prepare("SELECT name FROM thing WHERE id = ?");
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void write(String key, String name) {
        db.write(tx -> {
            PreparedStatement ps = tx.prepare("INSERT INTO thing (id, name) VALUES (?, ?)");
            ps.setString(1, key);
            ps.setString(2, name);
            ps.executeUpdate();
            return null;
        });
    }

    private static void set(Tx tx, String key, String name) throws java.sql.SQLException {
        PreparedStatement ps = tx.prepare("UPDATE thing SET name = ? WHERE id = ?");
        ps.setString(1, name);
        ps.setString(2, key);
        assertTrue(ps.executeUpdate() == 1);
    }
}
