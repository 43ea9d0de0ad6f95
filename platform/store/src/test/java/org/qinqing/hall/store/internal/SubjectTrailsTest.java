package org.qinqing.hall.store.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.qinqing.hall.api.AuditEntry;

public class SubjectTrailsTest {
    private final SubjectTrails trails = new SubjectTrails(new RowCache(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()), 1000);

    private static AuditEntry entry(long seq, String subject) {
        return new AuditEntry(seq, Instant.EPOCH, "case", subject, "step-" + seq, "tester", "test", null, null, null, null, null, "h" + seq);
    }

    @Test
    public void aKeptTrailGetsEachCommittedRecordOnceInOrder() {
        AtomicInteger reads = new AtomicInteger();
        assertEquals(List.of(entry(1, "a"), entry(2, "a")), trails.get("a", () -> {
            reads.incrementAndGet();
            return List.of(entry(1, "a"), entry(2, "a"));
        }));
        // record 2 was already read from the log (its commit's task ran after the read): not added twice
        trails.committed(List.of(entry(2, "a"), entry(3, "b"), entry(4, "a")));
        assertEquals(List.of(entry(1, "a"), entry(2, "a"), entry(4, "a")), trails.get("a", () -> {
            reads.incrementAndGet();
            return List.of();
        }));
        assertEquals("read from the log once", 1, reads.get());
    }

    @Test
    public void aSubjectCreatedByACommittedUnitIsKeptFromItsFirstRecordWithoutReadingTheLog() {
        trails.created("new");
        trails.committed(List.of(entry(7, "new"), entry(8, "other")));
        trails.committed(List.of(entry(9, "new")));
        assertEquals(List.of(entry(7, "new"), entry(9, "new")), trails.get("new", () -> {
            throw new AssertionError("a created subject's trail is not read from the log");
        }));
        assertEquals("a subject not said to be created is read", List.of(entry(8, "other")), trails.get("other", () -> List.of(entry(8, "other"))));
    }

    @Test
    public void aTrailReadWhileARecordOfItsSubjectCommitsIsNotKept() throws Exception {
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<List<AuditEntry>> slow = pool.submit(() -> trails.get("a", () -> {
            read.countDown();
            try {
                committed.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return List.of(entry(1, "a"));
        }));
        read.await();
        trails.committed(List.of(entry(2, "a")));
        committed.countDown();
        assertEquals("the slow read answers what it read", List.of(entry(1, "a")), slow.get());
        pool.shutdown();
        assertEquals("but did not keep it: the next read goes to the log", List.of(entry(1, "a"), entry(2, "a")),
                trails.get("a", () -> List.of(entry(1, "a"), entry(2, "a"))));
    }
}
