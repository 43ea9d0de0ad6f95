package org.qinqing.hall.store.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.qinqing.hall.store.internal.Writes.concurrently;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Test;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.testing.TestStore;

/** The store's meters follow what the writer really did, on a real Derby database. */
public class StoreMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EmbeddedDataSource ds = TestStore.fresh();
    private final JdbcDatabase db = started();
    private boolean stopped;

    private JdbcDatabase started() {
        JdbcDatabase d = new JdbcDatabase(ds, java.time.Instant::now, TestStore.storeMigrations(), registry);
        d.start();
        d.migrate("test", List.of(new Migration(1, "things", "CREATE TABLE thing (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40));")));
        return d;
    }

    @After
    public void stop() throws Exception {
        if (!stopped) {
            db.stop();
        }
    }

    @Test
    public void commitsUnitsPerBatchAndWaitsFollowTheWriter() throws Exception {
        concurrently(db, 300, n -> tx -> insert(tx, "thing-" + n));
        Database.WriteStats s = db.stats();
        Timer commit = registry.get("hall.store.commit").timer();
        assertEquals(s.commits(), commit.count());
        assertTrue("group commit: " + s.commits() + " commits for 300 writes", commit.count() < 300);
        assertEquals(s.commitNanos(), commit.totalTime(TimeUnit.NANOSECONDS), 1e6);
        DistributionSummary units = registry.get("hall.store.batch.units").summary();
        assertEquals(commit.count(), units.count());
        assertEquals(300.0, units.totalAmount(), 0);
        assertEquals(300, registry.get("hall.store.write").timer().count());
        assertEquals(0.0, registry.get("hall.store.failures").tag("stage", "commit").counter().count(), 0);
        assertEquals(0.0, registry.get("hall.store.queue.depth").gauge().value(), 0);
        assertEquals(0.0, registry.get("hall.store.reads.active").gauge().value(), 0);
    }

    @Test
    public void aUnitThatFailsAloneIsNoFailedBatch() {
        try {
            db.write(tx -> {
                throw HallException.invalid("name", "refused by its own rule");
            });
        } catch (HallException expected) {
            // the caller's failure, not the store's
        }
        assertEquals(0.0, registry.get("hall.store.failures").tag("stage", "batch").counter().count(), 0);
    }

    @Test
    public void aReadInProgressIsCountedAndTheGaugesLeaveWithTheStore() throws Exception {
        double during = db.read(c -> registry.get("hall.store.reads.active").gauge().value());
        assertEquals(1.0, during, 0);
        db.stop();
        stopped = true;
        assertNull(registry.find("hall.store.queue.depth").gauge());
        assertNull(registry.find("hall.store.reads.active").gauge());
        assertTrue(registry.find("hall.store.commit").timer() != null);
    }

    private static long insert(org.qinqing.hall.store.Tx tx, String name) throws java.sql.SQLException {
        long id = tx.next("thing");
        PreparedStatement ps = tx.prepare("INSERT INTO thing (id, name) VALUES (?, ?)");
        ps.setLong(1, id);
        ps.setString(2, name);
        ps.executeUpdate();
        return id;
    }
}
