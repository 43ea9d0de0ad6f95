package org.qinqing.hall.store.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.store.TxWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A queued unit and its caller's future: run by the writer, answered by the committer after the commit. */
final class Pending<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Pending.class);

    final TxWork<T> work;
    final CompletableFuture<T> future = new CompletableFuture<>();
    final List<Runnable> hooks = new ArrayList<>(0);
    final List<Runnable> onCommit = new ArrayList<>(0);
    /** The keys of cached rows the unit changed ({@link RowCache}), applied once it commits. */
    final List<RowCache.Change> rowChanges = new ArrayList<>(0);
    private T result;
    private Throwable failure;

    Pending(TxWork<T> work) {
        this.work = work;
    }

    void run(Tx tx) throws SQLException {
        failure = null;
        hooks.clear();
        onCommit.clear();
        RowCache.dropped(rowChanges);
        rowChanges.clear();
        result = work.apply(tx);
    }

    /** The unit failed on its own: its caller gets the failure, its neighbours still commit. */
    void fail(Throwable t) {
        failure = t;
        hooks.clear();
        onCommit.clear();
        RowCache.dropped(rowChanges);
        rowChanges.clear();
    }

    /** Runs the unit's commit tasks in the committing thread, right after the commit. */
    void committed() {
        runAll(onCommit);
    }

    /** Answers the caller once the batch is committed. */
    void complete() {
        if (failure != null) {
            future.completeExceptionally(failure);
        } else {
            future.complete(result);
        }
    }

    /** Runs the after-commit tasks in the caller's thread. */
    void runHooks() {
        runAll(hooks);
    }

    /**
     * Runs tasks of a committed unit: one that fails is logged, the others still run. An
     * {@link Error} too (a class gone with a refreshed bundle): the write is committed whatever a
     * task does, and its caller must hear so.
     */
    private static void runAll(List<Runnable> tasks) {
        for (Runnable r : tasks) {
            try {
                r.run();
            } catch (Throwable t) {
                LOG.error("A task after a committed write failed; the write stays committed", t);
            }
        }
    }
}
