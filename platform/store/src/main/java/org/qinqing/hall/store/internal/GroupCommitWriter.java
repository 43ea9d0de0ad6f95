package org.qinqing.hall.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.store.TxWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer. It takes every queued unit (up to {@link #MAX_BATCH}), runs each behind its own
 * savepoint in one transaction and hands the batch to the {@link Committer}: a commit forces the
 * log to disk, so all units of a batch share one flush (group commit), and while it is forced the
 * writer runs the next batch on its second connection ({@link Lane}). A unit of that batch that
 * touches a row of the one being committed waits for its lock, so it sees the committed row. A
 * unit's caller is answered only after its commit. Being the only writer also orders the audit
 * chain and the counters without locks; the chain's records are inserted in the batch's
 * transaction at its end ({@link AuditRows}: by the committer while units wait, else by the writer).
 * The system property {@code hall.store.lanes=1} keeps one connection (each batch waits for the
 * commit before it), for comparison in the benchmarks.
 */
final class GroupCommitWriter implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);
    static final int MAX_BATCH = 256;
    /**
     * Statements the writer keeps prepared on a connection at most (checked between batches): the
     * DataSource's pool lends each connection a bounded number of open statements, and the writer
     * never gives its cached ones back.
     */
    static final int MAX_CACHED_STATEMENTS = 200;
    private static final int MAX_ATTEMPTS = 3;
    /**
     * How long a caller waits for its write's outcome (seconds, {@code hall.store.writeTimeoutSeconds}):
     * a disk that stops answering must not hold every request thread for ever.
     */
    static final long WRITE_TIMEOUT_SECONDS = Long.getLong("hall.store.writeTimeoutSeconds", 60);

    private final Supplier<Instant> clock;
    private final BlockingQueue<Pending<?>> queue = new ArrayBlockingQueue<>(20_000);
    private final AuditChain chain = new AuditChain();
    private final Counters counters = new Counters();
    /** The running batch's audit records; the committer's once the batch is handed over. */
    private AuditRows audits = new AuditRows();
    private final Lane[] lanes;
    private final Committer committer;
    /** The kept audit trails: a subject a unit creates is kept from its first record. */
    private final SubjectTrails trails;
    private final UnitTx tx = new UnitTx();
    /** The unit run last in the batch and where the chain and its records stood before it (see {@link Lane#endBatch}). */
    private Pending<?> previous;
    private AuditChain.Mark previousMark;
    private int previousAuditMark;
    private volatile boolean running = true;
    /** Held to queue a unit, and exclusively to stop: no unit is queued after the writer's last look. */
    private final ReadWriteLock gate = new ReentrantReadWriteLock();
    private boolean headLoaded;
    /** Whether other nodes may write to the database (PostgreSQL); known at the first batch. */
    private Boolean shared;
    /** The advisory lock key all nodes' writers share ("hallwri" in ASCII). */
    private static final long WRITER_LOCK = 0x68616c6c777269L;
    private int turn;
    private Thread thread;
    private volatile long units;
    private volatile long prepared;
    private volatile long workNanos;

    private final StoreMetrics metrics;

    GroupCommitWriter(DataSource dataSource, Supplier<Instant> clock, SubjectTrails trails, RowCache rows, StoreMetrics metrics) {
        this.metrics = metrics;
        this.committer = new Committer(trails, rows, metrics);
        this.trails = trails;
        this.clock = clock;
        this.lanes = Integer.getInteger("hall.store.lanes", 2) == 1 ? new Lane[] {new Lane(dataSource, 0)}
                : new Lane[] {new Lane(dataSource, 0), new Lane(dataSource, 1)};
    }

    void start() {
        thread = new Thread(this, "hall-store-writer");
        thread.setDaemon(true);
        committer.start();
        thread.start();
    }

    void stop() throws InterruptedException {
        gate.writeLock().lock();
        try {
            running = false;
        } finally {
            gate.writeLock().unlock();
        }
        thread.interrupt();
        thread.join(10_000);
        if (!thread.isAlive()) {
            // every batch run is committed and answered before the committer goes; a writer still busy keeps it
            committer.stop();
            for (Lane lane : lanes) {
                lane.close();
            }
        }
    }

    <T> T submit(TxWork<T> work) {
        if (Thread.currentThread() == thread || committer.isCurrentThread()) {
            throw new IllegalStateException("a write was started from inside a unit of work or a commit task: it would wait for"
                    + " the writer that runs it; write in the same unit (Tx), or after the commit (Tx.afterCommit)");
        }
        Pending<T> p = new Pending<>(work);
        long t0 = System.nanoTime();
        try {
            enqueue(p);
            T result = p.future.get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            metrics.write.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
            p.runHooks();
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HallException.unavailable("interrupted", "the request was interrupted");
        } catch (TimeoutException e) {
            LOG.error("A write got no answer from the database within {} s", WRITE_TIMEOUT_SECONDS);
            throw HallException.unavailable("store_timeout", "the hall's database did not answer within " + WRITE_TIMEOUT_SECONDS
                    + " s; the change may still be saved: look it up before trying again (a retry with the same Idempotency-Key is safe)");
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

    private void enqueue(Pending<?> p) throws InterruptedException {
        gate.readLock().lock();
        try {
            if (!running || !queue.offer(p, 10, TimeUnit.SECONDS)) {
                throw HallException.unavailable("store_busy", "the hall's database is not accepting writes right now; try again");
            }
        } finally {
            gate.readLock().unlock();
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
                processOrFail(batch);
                batch = new ArrayList<>(MAX_BATCH); // the committer has the last one
            } catch (InterruptedException e) {
                if (!running) {
                    queue.drainTo(batch);
                    if (!batch.isEmpty()) {
                        processOrFail(batch);
                    }
                    break;
                }
            }
        }
        for (Lane lane : lanes) {
            awaitIdle(lane);
        }
    }

    /**
     * Runs a batch; whatever escapes (an {@link Error} too) fails its callers and leaves the writer
     * running for the next one, so no caller waits for an answer that will never come.
     */
    private void processOrFail(List<Pending<?>> batch) {
        try {
            process(batch);
        } catch (Throwable t) {
            LOG.error("Batch of {} writes failed outside its units; none was committed", batch.size(), t);
            failAll(batch);
        }
    }

    /**
     * Waits until the lane's last batch is committed or rolled back, as long as the committer runs:
     * should its thread have ended, no answer would ever come.
     */
    private void awaitIdle(Lane lane) {
        if (!lane.awaitIdle(committer::alive)) {
            throw new IllegalStateException("the store's committer has stopped; writes cannot be committed");
        }
    }

    /** Runs a batch on the next lane and hands it to the committer; the batch list is the committer's from then on. */
    private void process(List<Pending<?>> batch) {
        Lane lane = lanes[turn];
        turn = (turn + 1) % lanes.length;
        awaitIdle(lane);
        if (committer.failed()) {
            // every batch behind the failed one was rolled back: go back to where it started
            awaitIdle(lanes[turn]);
            chain.reset(committer.takeFailure());
            counters.reset();
        }
        if (lane.cachedStatements() > MAX_CACHED_STATEMENTS) {
            lane.closeStatements();
        }
        tx.lane = lane;
        for (int attempt = 1; ; attempt++) {
            AuditChain.Mark start = chain.mark();
            audits = new AuditRows();
            lane.beginBatch();
            try {
                loadHead(lane);
                if (followOtherNodes(lane)) {
                    start = chain.mark();
                }
                long t0 = System.nanoTime();
                previous = null;
                for (int i = 0; i < batch.size(); i++) {
                    runUnit(lane, batch.get(i), i < batch.size() - 1);
                }
                if (lane.postgresql() && audits.pending()) {
                    // the next batch waits for this one's commit (the writers' lock) whatever runs its inserts: the writer runs
                    // them, with the release of the last unit's savepoint and the head's move, in one round trip
                    if (!lane.endBatchWith(before -> audits.insertOnPostgresql(lane, before))) {
                        failPrevious();
                        if (audits.pending()) {
                            audits.insertOnPostgresql(lane, "");
                        }
                    }
                } else if (!lane.endBatch()) {
                    failPrevious();
                }
                counters.flush(lane.connection(), lane.id());
                if (queue.isEmpty()) {
                    // nothing waits for the writer: inserting the records here shortens the commit's wait
                    audits.insert(lane);
                }
                workNanos += System.nanoTime() - t0;
                units += batch.size();
                StatementProfile.WRITER.batchDone(batch.size());
                committer.commit(new Committer.Batch(lane, batch, audits, start, lane.busy()));
                return;
            } catch (Throwable e) {
                lane.rollbackQuietly();
                chain.reset(start);
                counters.reset();
                if (SqlStates.retryable(e) && attempt < MAX_ATTEMPTS) {
                    // a deadlock victim or a lock timeout: the database rolled back the whole batch
                    LOG.warn("Batch of {} writes hit {}; running it again ({}/{})", batch.size(), e, attempt, MAX_ATTEMPTS);
                    continue;
                }
                LOG.error("Batch of {} writes failed; none was committed", batch.size(), e);
                metrics.batchFailures.increment();
                lane.close();
                failAll(batch);
                return;
            }
        }
    }

    private static void failAll(List<Pending<?>> batch) {
        for (Pending<?> p : batch) {
            RowCache.dropped(p.rowChanges);
            p.rowChanges.clear();
            p.future.completeExceptionally(HallException.unavailable("store_unavailable",
                    "the hall's database could not commit the change; nothing was saved, try again"));
        }
    }

    /**
     * Runs one unit behind a savepoint; its own failure is kept for its caller, not thrown. A
     * deadlock or lock timeout is thrown: the database rolled back the whole transaction, the
     * units before this one too, so the batch runs again from its start (or fails whole).
     */
    private void runUnit(Lane lane, Pending<?> p, boolean another) throws SQLException {
        lane.beginUnit();
        AuditChain.Mark mark = chain.mark();
        int auditMark = audits.mark();
        try {
            tx.begin(p);
            p.run(tx);
            try {
                lane.endUnit(another);
            } catch (SQLException e) {
                if ("25P02".equals(e.getSQLState())) { // in_failed_sql_transaction
                    throw wentOn();
                }
                throw e;
            }
            previous = p;
            previousMark = mark;
            previousAuditMark = auditMark;
        } catch (Throwable t) {
            if (SqlStates.retryable(t)) {
                throw t;
            }
            lane.unitFailed();
            chain.reset(mark);
            audits.reset(auditMark);
            p.fail(t);
            previous = null;
        }
    }

    /** The unit run last turned out to have left the transaction failed (PostgreSQL): its work is rolled back, it fails. */
    private void failPrevious() throws SQLException {
        if (previous == null) {
            throw new SQLException("the batch's transaction failed outside its units");
        }
        chain.reset(previousMark);
        audits.reset(previousAuditMark);
        previous.fail(wentOn());
        previous = null;
    }

    private static SQLException wentOn() {
        return new SQLException("the unit went on after a database error it caught; on PostgreSQL the transaction refuses"
                + " every statement after an error, so the unit's work was rolled back", "25P02");
    }

    /** The transaction seen by units; the time is fixed per unit. */
    private final class UnitTx implements Tx, RowCache.Sink {
        private Lane lane;
        private Instant now;
        private Pending<?> current;

        void begin(Pending<?> p) {
            now = null;
            current = p;
        }

        @Override
        public Connection connection() {
            try {
                // whatever the unit runs on the connection comes after the writes it took for later
                lane.flushLater();
            } catch (SQLException e) {
                throw new IllegalStateException("a write this unit took for later failed: " + e.getMessage(), e);
            }
            try {
                return lane.connection();
            } catch (SQLException e) {
                throw new IllegalStateException("the writer's connection is gone", e);
            }
        }

        @Override
        public PreparedStatement prepare(String sql) throws SQLException {
            prepared++;
            return lane.prepareForUnit(sql);
        }

        @Override
        public void later(PreparedStatement write) throws SQLException {
            lane.later(write, null);
        }

        @Override
        public void later(PreparedStatement write, Supplier<? extends RuntimeException> otherwise) throws SQLException {
            lane.later(write, java.util.Objects.requireNonNull(otherwise, "otherwise"));
        }

        @Override
        public long next(String counter) {
            try {
                return counters.next(lane.connection(), counter);
            } catch (SQLException e) {
                throw new IllegalStateException("counter " + counter + " unreadable", e);
            }
        }

        @Override
        public void audit(AuditRecord r) throws SQLException {
            audits.add(chain, r, now());
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
        public void onCommit(Runnable task) {
            current.onCommit.add(task);
        }

        @Override
        public void rowChanged(RowCache.Change change) {
            current.rowChanges.add(change);
        }

        @Override
        public void creates(String subject) {
            onCommit(() -> trails.created(subject));
        }

    }

    /**
     * On PostgreSQL other hall nodes write to the same database: each batch first takes a lock all
     * nodes' writers share, held to its commit, so batches of all nodes commit one after another
     * onto one audit chain. When the chain's head is not where this node left it, another node
     * wrote meanwhile: the head and the counters are read again. (This costs the overlap of one
     * batch's commit with the next batch's work that a single node has on Derby, and on one node it
     * is needed as much: Derby's reads wait for the rows the batch being committed wrote, PostgreSQL's
     * read the versions committed before it, so an overlapping batch would decide on stale rows and
     * run into its unique keys. Tried and measured: holding the lock across batches doubled intake
     * on PostgreSQL and broke talent-settlement on {@code item_snapshot}'s key, docs/benchmarks.md.)
     *
     * @return whether the chain was moved to another node's head
     */
    private boolean followOtherNodes(Lane lane) throws SQLException {
        Connection connection = lane.connection();
        if (shared == null) {
            shared = Migration.dialectOf(connection.getMetaData().getDatabaseProductName()).equals(Migration.POSTGRESQL);
        }
        if (!shared) {
            return false;
        }
        // one round trip: the head is read by the second statement, with a snapshot taken once the lock is held, and the
        // first unit's savepoint is set by the third
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + WRITER_LOCK + "); SELECT seq, hash FROM audit_head ORDER BY seq DESC FETCH FIRST ROW ONLY; "
                    + Lane.FIRST_SAVEPOINT);
            lane.firstSavepointSent();
            if (!st.getMoreResults()) {
                throw new SQLException("the audit head was not read after the writers' lock");
            }
            ResultSet rs = st.getResultSet();
            if (!rs.next()) {
                throw new SQLException("audit_head has no row: the store's schema is incomplete");
            }
            if (rs.getLong(1) == chain.mark().seq()) {
                return false;
            }
            LOG.info("Another node wrote since this node's last batch: the audit chain goes on from record {}", rs.getLong(1));
            chain.start(rs.getLong(1), rs.getString(2));
            counters.reset();
            return true;
        }
    }

    /** Reads where the audit chain stands, once: from then on the writer keeps the head itself. */
    private void loadHead(Lane lane) throws SQLException {
        if (headLoaded) {
            return;
        }
        Connection connection = lane.connection();
        try (PreparedStatement ps = connection.prepareStatement("SELECT seq, hash FROM audit_head ORDER BY seq DESC FETCH FIRST ROW ONLY");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_head has no row: the store's schema is incomplete");
            }
            chain.start(rs.getLong(1), rs.getString(2));
        }
        connection.commit();
        headLoaded = true;
    }

    /** @return units waiting for the writer */
    int queueDepth() {
        return queue.size();
    }

    int cachedStatements() {
        return java.util.Arrays.stream(lanes).mapToInt(Lane::cachedStatements).max().orElse(0);
    }

    /** @return what the writer has done since start (commits and their time counted by the committer) */
    Database.WriteStats stats() {
        return new Database.WriteStats(committer.commits(), units, prepared, workNanos, committer.commitNanos());
    }
}
