package org.qinqing.hall.store.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.store.testing.TestStore;

/** Two "nodes" (claimants with their own names) on one real Derby database. */
public class JobClaimsTest {
    private EmbeddedDataSource ds;
    private JdbcDatabase db;

    @Before
    public void setUp() {
        ds = TestStore.fresh();
        db = TestStore.started(ds, java.time.Instant::now);
    }

    @After
    public void tearDown() throws InterruptedException {
        db.stop();
    }

    @Test
    public void theFirstNodeToAskRunsTheJobAndTheOtherSkipsItForTheInterval() {
        JobClaims a = new JobClaims(ds, "a");
        JobClaims b = new JobClaims(ds, "b");
        assertTrue(a.claim("scan", Duration.ofMinutes(1)));
        assertFalse(b.claim("scan", Duration.ofMinutes(1)));
        assertFalse("nor does the same node run it twice in one interval", a.claim("scan", Duration.ofMinutes(1)));
        assertTrue("jobs are claimed apart", b.claim("sweep", Duration.ofMinutes(1)));
    }

    @Test
    public void anotherNodeTakesOverOnceTheIntervalHasPassed() throws InterruptedException {
        JobClaims a = new JobClaims(ds, "a");
        JobClaims b = new JobClaims(ds, "b");
        Duration interval = Duration.ofMillis(1500);
        assertTrue(a.claim("scan", interval));
        assertFalse(b.claim("scan", interval));
        Thread.sleep(1600); // a "died": it does not ask again
        assertTrue(b.claim("scan", interval));
        assertFalse(a.claim("scan", interval));
    }

    @Test
    public void ofManyNodesAskingAtOnceExactlyOneGetsTheJob() throws Exception {
        Duration interval = Duration.ofMillis(300);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                List<Callable<Boolean>> asks = new java.util.ArrayList<>();
                for (int n = 0; n < 8; n++) {
                    JobClaims node = new JobClaims(ds, "node-" + n);
                    asks.add(() -> node.claim("scan", interval));
                }
                int winners = 0;
                for (Future<Boolean> f : pool.invokeAll(asks)) {
                    winners += f.get() ? 1 : 0;
                }
                assertEquals("round " + round, 1, winners);
                Thread.sleep(400);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
