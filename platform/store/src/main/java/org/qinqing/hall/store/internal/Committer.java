package org.qinqing.hall.store.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.qinqing.hall.api.HallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits the writer's batches, in the order they were run; then, in that order and before their
 * callers are answered, applies their units' changes to the cache of rows ({@link RowCache}) and
 * tells its feeds, runs their units' commit tasks ({@link org.qinqing.hall.store.Tx#onCommit})
 * and adds their audit records to the kept trails ({@link SubjectTrails}). It first
 * inserts the batch's audit records the writer left to it ({@link AuditRows}), then commits; a
 * commit forces the log to disk. Done here, both run while the writer runs the next batch on its
 * other lane (Derby lets other connections log while one waits for its flush). After a failed
 * commit every batch behind it is rolled back too (each was run on top of it) until the writer has
 * gone back to the failed batch's start.
 */
final class Committer implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Committer.class);
    private static final Batch STOP = new Batch(null, List.of(), new AuditRows(), null, new CountDownLatch(0));

    /**
     * A batch run on a lane: its units, the audit records they made (inserted here, before the
     * commit), where the audit chain stood before it, and the latch that frees its lane for the
     * writer's next batch on it.
     */
    record Batch(Lane lane, List<Pending<?>> units, AuditRows audits, AuditChain.Mark start, CountDownLatch laneBusy) {
    }

    private final BlockingQueue<Batch> batches = new LinkedBlockingQueue<>();
    private final SubjectTrails trails;
    private final RowCache rows;
    private final StoreMetrics metrics;
    private volatile AuditChain.Mark failedFrom;
    private volatile long commits;
    private volatile long commitNanos;
    private Thread thread;

    /** @param trails the kept audit trails, told of each committed batch's records @param metrics where commits are counted */
    Committer(SubjectTrails trails, RowCache rows, StoreMetrics metrics) {
        this.trails = trails;
        this.rows = rows;
        this.metrics = metrics;
    }

    void start() {
        thread = new Thread(this, "hall-store-committer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Commits the batches handed over so far, then ends. */
    void stop() throws InterruptedException {
        batches.add(STOP);
        thread.join(10_000);
    }

    /** Hands a batch over; its lane stays busy until the batch is committed or rolled back. */
    void commit(Batch b) {
        batches.add(b);
    }

    /** @return a commit failed and the writer has not gone back yet */
    boolean failed() {
        return failedFrom != null;
    }

    /**
     * @return where the writer must go back to when a commit failed since the last call (the
     *         failed batch's start), or {@code null}; call with both lanes idle
     */
    AuditChain.Mark takeFailure() {
        AuditChain.Mark m = failedFrom;
        failedFrom = null;
        return m;
    }

    @Override
    public void run() {
        while (true) {
            Batch b;
            try {
                b = batches.take();
            } catch (InterruptedException e) {
                continue;
            }
            if (b == STOP) {
                return;
            }
            if (settle(b)) {
                afterCommit(b);
            }
        }
    }

    /**
     * Commits a batch, or rolls it back and fails its callers. Whatever is thrown up to the commit
     * (an {@link Error} too) means nothing of the batch was committed; the thread goes on either way,
     * so that neither the writer waiting for the lane nor a caller waits for ever.
     *
     * @return whether the batch committed
     */
    private boolean settle(Batch b) {
        if (failedFrom != null) {
            // run on top of a batch that failed to commit
            b.lane().rollbackQuietly();
            b.laneBusy().countDown();
            fail(b);
            return false;
        }
        try {
            b.audits().insert(b.lane());
            long t0 = System.nanoTime();
            b.lane().commit();
            long took = System.nanoTime() - t0;
            commitNanos += took;
            commits++;
            metrics.commit.record(took, TimeUnit.NANOSECONDS);
            metrics.batchUnits.record(b.units().size());
            return true;
        } catch (Throwable t) {
            metrics.commitFailures.increment();
            LOG.error("Commit of {} writes (their audit records or the commit) failed; none was committed", b.units().size(), t);
            failedFrom = b.start(); // before the lane is freed: the writer looks at it once the lane is idle
            b.lane().rollbackQuietly();
            b.lane().close();
            return false;
        } finally {
            if (failedFrom != null) {
                b.laneBusy().countDown();
                fail(b);
            }
        }
    }

    /**
     * The work that follows a commit: the units' commit tasks, the kept trails, then the answers.
     * Its failure is not the write's: the batch stays committed, the chain is not rewound, and each
     * caller is answered with its unit's own outcome. Kept trails that may have missed the batch's
     * records are dropped (read again from the log).
     */
    private void afterCommit(Batch b) {
        b.laneBusy().countDown();
        List<RowCache.Change> changes = new java.util.ArrayList<>();
        for (Pending<?> p : b.units()) {
            try {
                rows.apply(p.rowChanges);
            } catch (Throwable t) {
                LOG.error("Applying a committed write's changes to the cache of rows failed; every kept row is dropped", t);
                rows.invalidateEverything();
            }
            changes.addAll(p.rowChanges);
            p.committed(); // among them the subjects the units created (Tx.creates), before their first records below
        }
        rows.publish(changes);
        try {
            trails.committed(b.audits().entries());
        } catch (Throwable t) {
            LOG.error("Keeping the trails of a committed batch failed; kept trails are dropped and read again", t);
            trails.reset();
        }
        for (Pending<?> p : b.units()) {
            p.complete();
        }
    }

    /** @return whether the calling thread is the committer's (a write from it would wait for itself) */
    boolean isCurrentThread() {
        return Thread.currentThread() == thread;
    }

    /** @return whether the committer's thread still runs */
    boolean alive() {
        return thread != null && thread.isAlive();
    }

    private static void fail(Batch b) {
        for (Pending<?> p : b.units()) {
            RowCache.dropped(p.rowChanges);
            p.rowChanges.clear();
            p.future.completeExceptionally(HallException.unavailable("store_unavailable",
                    "the hall's database could not commit the change; nothing was saved, try again"));
        }
    }

    long commits() {
        return commits;
    }

    long commitNanos() {
        return commitNanos;
    }
}
