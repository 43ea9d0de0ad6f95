package org.qinqing.hall.composite.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/**
 * The state a submitting unit published answers that unit's own reads of its composite, without a read back. The
 * composite here has no rows at all, so a read through the unit would find none: an answer proves that none was made.
 */
public class CommittedCompositesTest {
    private JdbcDatabase db;
    private CommittedComposites committed;

    @Before
    public void start() {
        db = TestStore.started(TestStore.fresh(), Instant::now);
        db.migrate("composite", TestStore.module(CompositeService.class, "composite"));
        committed = new CommittedComposites(db.rows(), 10);
    }

    @After
    public void stop() throws InterruptedException {
        db.stop();
    }

    private static CompositeRepository.State state(String number) {
        CompositeRow c = new CompositeRow();
        c.id = 7;
        c.caseNumber = number;
        c.status = StepStatus.IN_PROGRESS;
        StepRow s = new StepRow();
        s.caseId = 7;
        s.stepId = "police";
        s.status = StepStatus.READY;
        s.dependsOn = List.of();
        return new CompositeRepository.State(c, List.of(s));
    }

    @Test
    public void theSubmittingUnitIsAnsweredWithWhatItLastPublishedUntilItsWorkEndsOrDropsIt() {
        String seen = db.write(tx -> {
            CompositeRepository.State wrote = state("NC1");
            committed.published(tx, wrote);
            return committed.withOwn(tx, wrote, t -> {
                CompositeRepository.State first = committed.inUnit(t, "NC1");
                assertEquals(StepStatus.READY, first.steps().get(0).status);
                first.steps().get(0).status = StepStatus.RUNNING;
                assertEquals("a copy: the unit's changes are not kept until it publishes them", StepStatus.READY,
                        committed.inUnit(t, "NC1").steps().get(0).status);
                committed.published(t, first);
                String moved = committed.inUnit(t, "NC1").steps().get(0).status;
                assertNull("another composite is read through the unit", committed.inUnit(t, "NC2"));
                committed.dropped(t, "NC1");
                assertNull("dropped: read through the unit (no rows here)", committed.inUnit(t, "NC1"));
                return moved;
            });
        });
        assertEquals(StepStatus.RUNNING, seen);
        String after = db.write(tx -> {
            CompositeRepository.State s = committed.inUnit(tx, "NC1");
            return s == null ? null : s.composite().status;
        });
        assertNull("outside the submitting work, what the unit left is read (it was dropped: nothing kept)", after);
    }
}
