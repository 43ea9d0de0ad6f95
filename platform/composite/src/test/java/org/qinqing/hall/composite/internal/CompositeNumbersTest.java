package org.qinqing.hall.composite.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.Test;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

public class CompositeNumbersTest {

    @Test
    public void aFreshHallStartsAtOneAndARestartSkipsTheRestOfItsBlock() throws Exception {
        JdbcDatabase db = TestStore.started(TestStore.fresh(), Instant::now);
        try {
            CompositeNumbers numbers = new CompositeNumbers(db);
            assertEquals(1, numbers.next());
            assertEquals(2, numbers.next());
            assertEquals("NC202603020000002", CompositeNumbers.number(LocalDate.of(2026, 3, 2), 2));
            assertEquals("after a restart: the next block", 101, new CompositeNumbers(db).next());
        } finally {
            db.stop();
        }
    }

    @Test
    public void blocksStartAboveTheSequencesNumberedOneByOneBefore() throws Exception {
        JdbcDatabase db = TestStore.started(TestStore.fresh(), Instant::now);
        try {
            // before blocks, the counter held the last sequence used: 7 composites
            for (int i = 0; i < 7; i++) {
                db.write(tx -> tx.next("composite"));
            }
            assertEquals(701, new CompositeNumbers(db).next());
        } finally {
            db.stop();
        }
    }
}
