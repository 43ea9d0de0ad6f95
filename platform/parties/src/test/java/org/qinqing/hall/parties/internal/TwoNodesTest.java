package org.qinqing.hall.parties.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/**
 * Two nodes on one real Derby database, the one's committed keys fed to the other's cache as the
 * cluster module's NOTIFY does on PostgreSQL: a credit-code override made on one node is accepted
 * by the other at once, though the other had just refused the code.
 */
public class TwoNodesTest {
    private JdbcDatabase dbA;
    private JdbcDatabase dbB;

    @Before
    public void start() {
        EmbeddedDataSource ds = TestStore.fresh();
        dbA = new JdbcDatabase(ds, Instant::now, TestStore.storeMigrations());
        dbB = new JdbcDatabase(TestStore.existing(ds), Instant::now, TestStore.storeMigrations());
        dbA.setRowFeeds(List.of(keys -> keys.forEach(k -> dbB.rows().invalidate(k.region(), k.key()))));
        dbA.start();
        dbB.start();
    }

    @After
    public void stop() throws InterruptedException {
        dbA.stop();
        dbB.stop();
    }

    @Test
    public void anOverrideMadeOnOneNodeIsAcceptedOnTheOther() {
        PartyService a = new PartyService(dbA, Instant::now, TestStore.module(PartyService.class, "parties"));
        PartyService b = new PartyService(dbB, Instant::now, TestStore.module(PartyService.class, "parties"));
        a.start();
        b.start();
        String bad = "91440300123456788N";
        assertFalse("b refuses the code (and keeps that answer)", b.check(bad).valid());
        assertFalse(b.check(bad).valid());
        a.overrideCreditCode(bad, "营业执照原件已核验", Actor.staff("supervisor", Set.of("supervisor"), null, null));
        assertTrue("b accepts it once a committed the override", b.check(bad).overridden());
        assertEquals(bad, b.parse(bad, "applicantNumber").value());
    }
}
