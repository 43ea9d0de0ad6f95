package org.qinqing.hall.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.store.TxWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer. It takes every queued unit (up to {@link #MAX_BATCH}), runs each behind its own
 * savepoint in one transaction and commits once: a commit forces the log to disk, so all units
 * of a batch share one flush (group commit). A unit's caller is answered only after the commit.
 * Being the only writer also orders the audit chain and the counters without locks. Waking the
 * callers of a committed batch is left to a second thread, the completer: a wake-up is a system
 * call, and the writer would otherwise spend a twentieth of its time on them instead of on the
 * next batch.
 */
final class GroupCommitWriter implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);
    static final int MAX_BATCH = 256;
    /**
     * Statements the writer keeps prepared at most (checked between batches): the DataSource's
     * pool lends each connection a bounded number of open statements, and the writer never gives
     * its cached ones back.
     */
    static final int MAX_CACHED_STATEMENTS = 200;
    private static final int MAX_ATTEMPTS = 3;

    private final DataSource dataSource;
    private final Supplier<Instant> clock;
    private final BlockingQueue<Pending<?>> queue = new ArrayBlockingQueue<>(20_000);
    /** Committed batches whose callers are still to be answered. */
    private final BlockingQueue<List<Pending<?>>> answers = new LinkedBlockingQueue<>();
    private final AuditChain chain = new AuditChain();
    private final Counters counters = new Counters();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private volatile boolean running = true;
    private Connection connection;
    private Thread thread;
    private Thread completer;
    private volatile long batches;
    private volatile long units;
    private volatile long prepared;
    private volatile long workNanos;
    private volatile long commitNanos;

    GroupCommitWriter(DataSource dataSource, Supplier<Instant> clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    void start() {
        thread = new Thread(this, "hall-store-writer");
        thread.setDaemon(true);
        completer = new Thread(this::answer, "hall-store-completer");
        completer.setDaemon(true);
        completer.start();
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(10_000);
        if (!thread.isAlive()) {
            // every batch is answered before the completer goes; a writer still busy keeps it
            answers.add(List.of());
            completer.join(10_000);
        }
        closeConnection();
    }

    /** The completer's loop: answers the callers of each committed batch, in commit order, until an empty batch says stop. */
    private void answer() {
        while (true) {
            List<Pending<?>> done;
            try {
                done = answers.take();
            } catch (InterruptedException e) {
                continue;
            }
            if (done.isEmpty()) {
                return;
            }
            for (Pending<?> p : done) {
                p.complete();
            }
        }
    }

    <T> T submit(TxWork<T> work) {
        Pending<T> p = new Pending<>(work);
        try {
            if (!running || !queue.offer(p, 10, TimeUnit.SECONDS)) {
                throw HallException.unavailable("store_busy", "the hall's database is not accepting writes right now; try again");
            }
            T result = p.future.get();
            p.runHooks();
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HallException.unavailable("interrupted", "the request was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException("database failure: " + cause, cause);
        }
    }

    @Override
    public void run() {
        List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending<?> first = queue.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                process(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    queue.drainTo(batch);
                    if (!batch.isEmpty()) {
                        process(batch);
                    }
                    return;
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void process(List<Pending<?>> batch) {
        if (statements.size() > MAX_CACHED_STATEMENTS) {
            closeStatements();
        }
        for (int attempt = 1; ; attempt++) {
            AuditChain.Mark start = chain.mark();
            List<Pending<?>> done = new ArrayList<>(batch.size());
            try {
                ensureConnection();
                long t0 = System.nanoTime();
                for (Pending<?> p : batch) {
                    runUnit(p);
                    done.add(p);
                }
                counters.flush(connection);
                if (chain.mark().seq() != start.seq()) {
                    writeHead();
                }
                long t1 = System.nanoTime();
                connection.commit();
                counters.committed();
                workNanos += t1 - t0;
                commitNanos += System.nanoTime() - t1;
                batches++;
                units += batch.size();
                answers.add(done);
                return;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                chain.reset(start);
                counters.reset();
                if (SqlStates.retryable(e) && attempt < MAX_ATTEMPTS) {
                    LOG.warn("Batch of {} writes hit {}; retrying ({}/{})", batch.size(), e, attempt, MAX_ATTEMPTS);
                    continue;
                }
                LOG.error("Batch of {} writes failed; none was committed", batch.size(), e);
                closeConnection();
                for (Pending<?> p : batch) {
                    p.future.completeExceptionally(HallException.unavailable("store_unavailable",
                            "the hall's database could not commit the change; nothing was saved, try again"));
                }
                return;
            }
        }
    }

    /** Runs one unit behind a savepoint; its own failure is kept for its caller, not thrown. */
    private void runUnit(Pending<?> p) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            Savepoint sp = connection.setSavepoint();
            AuditChain.Mark mark = chain.mark();
            try {
                p.run(tx);
                connection.releaseSavepoint(sp);
                return;
            } catch (Throwable t) {
                connection.rollback(sp);
                chain.reset(mark);
                if (SqlStates.retryable(t) && attempt < MAX_ATTEMPTS) {
                    continue;
                }
                p.fail(t);
                return;
            }
        }
    }

    private final UnitTx tx = new UnitTx();

    /** The transaction seen by units; the time is fixed per unit. */
    private final class UnitTx implements Tx {
        private Instant now;
        private Pending<?> current;
        private final Map<Object, Object> locals = new HashMap<>(4);

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public PreparedStatement prepare(String sql) throws SQLException {
            prepared++;
            PreparedStatement ps = statements.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                statements.put(sql, ps);
            }
            return ps;
        }

        @Override
        public long next(String counter) {
            try {
                return counters.next(connection, counter);
            } catch (SQLException e) {
                throw new IllegalStateException("counter " + counter + " unreadable", e);
            }
        }

        @Override
        public void audit(AuditRecord r) throws SQLException {
            Instant at = now();
            AuditChain.Link link = chain.append(r, at);
            PreparedStatement ps = prepare("INSERT INTO audit_log (seq, recorded_at, subject_type, subject, action, actor, channel,"
                    + " window_code, from_status, to_status, reason, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            ps.setLong(1, link.seq());
            Sql.setInstant(ps, 2, at);
            Sql.setString(ps, 3, r.subjectType());
            Sql.setString(ps, 4, r.subject());
            Sql.setString(ps, 5, r.action());
            Sql.setString(ps, 6, r.actor());
            Sql.setString(ps, 7, r.channel());
            Sql.setString(ps, 8, r.window());
            Sql.setString(ps, 9, r.fromStatus());
            Sql.setString(ps, 10, r.toStatus());
            Sql.setString(ps, 11, r.reason());
            Sql.setString(ps, 12, r.detail());
            ps.setString(13, link.prevHash());
            ps.setString(14, link.hash());
            ps.executeUpdate();
        }

        @Override
        public Instant now() {
            if (now == null) {
                now = clock.get().truncatedTo(ChronoUnit.MILLIS);
            }
            return now;
        }

        @Override
        public void afterCommit(Runnable task) {
            current.hooks.add(task);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T local(Object key, Supplier<T> create) {
            return (T) locals.computeIfAbsent(key, k -> create.get());
        }

        void clear() {
            now = null;
            locals.clear();
        }
    }

    private void ensureConnection() throws SQLException {
        if (connection != null) {
            return;
        }
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        try (PreparedStatement ps = connection.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_head has no row: the store's schema is incomplete");
            }
            chain.start(rs.getLong(1), rs.getString(2));
        }
        connection.commit();
    }

    /** Records the chain's head (its last record) in the batch's transaction: where the chain goes on after a restart. */
    private void writeHead() throws SQLException {
        AuditChain.Mark head = chain.mark();
        PreparedStatement up = tx.prepare("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1");
        up.setLong(1, head.seq());
        up.setString(2, head.head());
        up.executeUpdate();
    }

    private void rollbackQuietly() {
        try {
            if (connection != null) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.warn("Rollback failed; the connection will be replaced", e);
            closeConnection();
        }
    }

    private void closeStatements() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                LOG.debug("Closing a cached statement", e);
            }
        }
        statements.clear();
    }

    int cachedStatements() {
        return statements.size();
    }

    private void closeConnection() {
        statements.clear();
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the writer's connection", e);
            }
            connection = null;
        }
    }

    /** @return what the writer has done since start (counted by the writer thread only) */
    Database.WriteStats stats() {
        return new Database.WriteStats(batches, units, prepared, workNanos, commitNanos);
    }

    /** A queued unit and its caller's future. */
    private final class Pending<T> {
        final TxWork<T> work;
        final CompletableFuture<T> future = new CompletableFuture<>();
        T result;
        Throwable failure;
        final List<Runnable> hooks = new ArrayList<>(0);

        Pending(TxWork<T> work) {
            this.work = work;
        }

        void run(UnitTx t) throws SQLException {
            failure = null;
            hooks.clear();
            t.clear();
            t.current = this;
            result = work.apply(t);
        }

        void fail(Throwable t) {
            failure = t;
            hooks.clear();
        }

        /** Runs the after-commit tasks in the caller's thread. */
        void runHooks() {
            for (Runnable r : hooks) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.error("A task after a committed write failed; the write stays committed", e);
                }
            }
        }

        void complete() {
            if (failure != null) {
                future.completeExceptionally(failure);
            } else {
                future.complete(result);
            }
        }
    }
}
