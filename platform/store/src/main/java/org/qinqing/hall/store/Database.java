package org.qinqing.hall.store;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The hall's database. Reads run on pooled connections; writes are queued to one writer that
 * commits many units in one transaction, so they share one log flush (group commit) — a write
 * returns only after its commit is durable.
 */
@ProviderType
public interface Database {

    /**
     * Runs a read; deadlock victims and lock timeouts are retried.
     *
     * @param work the read
     * @return its result
     * @throws org.qinqing.hall.api.HallException 503 when the database fails
     */
    <T> T read(SqlWork<T> work);

    /**
     * Runs a write and waits until it is committed.
     *
     * @param work the write; a {@link org.qinqing.hall.api.HallException} it throws is rethrown
     *        to the caller with nothing of the unit written
     * @return its result
     */
    <T> T write(TxWork<T> work);

    /**
     * Applies a module's migrations not yet applied, in version order, each in its own transaction.
     *
     * @param module the module name, e.g. {@code cases}
     * @param migrations its migrations
     */
    void migrate(String module, List<Migration> migrations);

    /**
     * How the writer has worked since start: writes per commit above 1 means operations shared
     * log flushes.
     *
     * @param commits transactions committed
     * @param writes units of work committed in them
     * @param statements statements the units prepared (each execution counts)
     * @param workNanos time the writer spent running units
     * @param commitNanos time spent committing (forcing the log to disk), by a second thread while the writer runs the next batch
     */
    record WriteStats(long commits, long writes, long statements, long workNanos, long commitNanos) {
    }

    /** @return the writer's counts since start */
    WriteStats stats();

    /**
     * Claims a periodic job for this node for one interval: among the nodes sharing the database,
     * one gets it per interval, measured in the database's time (nodes' clocks may differ). A node
     * that claimed it and died leaves the claim to expire, so another takes over once the interval
     * has passed. Callers ask more often than the interval (a quarter of it) and run the job when
     * this answers {@code true}.
     *
     * @param job the job's name, e.g. {@code sla-scan}
     * @param interval how long a claim holds
     * @return whether this node runs the job now
     */
    default boolean claim(String job, java.time.Duration interval) {
        return true;
    }

    /**
     * @return the one cache of committed rows, whose regions the modules declare
     * @since 2.0
     */
    Rows rows();
}
