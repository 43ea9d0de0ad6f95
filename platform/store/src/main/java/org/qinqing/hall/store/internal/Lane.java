package org.qinqing.hall.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the writer's two connections, with the statements prepared on it. The writer runs a
 * batch on one lane while the committer commits the previous batch on the other, and takes a
 * lane again only once its last batch is committed (or rolled back).
 */
final class Lane {
    private static final Logger LOG = LoggerFactory.getLogger(Lane.class);

    private final DataSource dataSource;
    private final int id;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** PostgreSQL: the statements units get, noting their parameters ({@link LaterWrites}). */
    private final Map<String, PreparedStatement> recorded = new HashMap<>();
    /** PostgreSQL: the texts of several writes sent together, at most {@link #MAX_COMBINED} kept. */
    private final Map<String, PreparedStatement> combined = new HashMap<>();
    private static final int MAX_COMBINED = 100;
    /** PostgreSQL: the running unit's writes taken for later. */
    private final LaterWrites later = new LaterWrites(this);
    private Connection connection;
    /** PostgreSQL: savepoints by SQL, one round trip a unit (see {@link #beginUnit}). */
    private boolean postgresql;
    /** Derby: the running unit's savepoint. */
    private Savepoint savepoint;
    /** PostgreSQL: the savepoint of an earlier unit of this batch is still open. */
    private boolean savepointOpen;
    /** PostgreSQL: the batch's first savepoint is set and no unit has run behind it yet. */
    private boolean firstSet;
    /** Counted down when the last batch run on this lane is committed or rolled back. */
    private CountDownLatch idle = new CountDownLatch(0);

    Lane(DataSource dataSource, int id) {
        this.dataSource = dataSource;
        this.id = id;
    }

    /** @return 0 or 1: which of the rows kept per connection (audit head, counters) this lane writes */
    int id() {
        return id;
    }

    Connection connection() throws SQLException {
        if (connection == null) {
            connection = StatementProfile.WRITER.wrap(dataSource.getConnection());
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            postgresql = org.qinqing.hall.store.Migration.dialectOf(connection.getMetaData().getDatabaseProductName())
                    .equals(org.qinqing.hall.store.Migration.POSTGRESQL);
            savepointOpen = false;
        }
        return connection;
    }

    /** A batch starts on this lane (in a new transaction): no unit's savepoint is open. */
    void beginBatch() {
        savepointOpen = false;
        firstSet = false;
    }

    /** PostgreSQL: the SQL that sets the first unit's savepoint, sent by the writer with its lock ({@link #firstSavepointSent}). */
    static final String FIRST_SAVEPOINT = "SAVEPOINT hall_unit";

    /** PostgreSQL: the writer set the batch's first savepoint in the round trip that took its lock; the first unit has it. */
    void firstSavepointSent() {
        savepointOpen = true;
        firstSet = true;
    }

    /**
     * Sets the savepoint a unit can be rolled back to. Derby's are calls in the JVM; PostgreSQL's are
     * round trips, so there one name is reused: the batch's first is set in the round trip that takes
     * the writers' lock ({@link #firstSavepointSent}), and each unit's turn to the next goes with its
     * writes taken for later ({@link #endUnit}), or stays set after a failed unit ({@link #unitFailed});
     * the last one of a batch is released by {@link #endBatch}. So on PostgreSQL this sends nothing,
     * unless no savepoint is set yet.
     */
    void beginUnit() throws SQLException {
        Connection c = connection();
        if (!postgresql) {
            savepoint = c.setSavepoint();
            return;
        }
        if (firstSet) {
            firstSet = false;
            return;
        }
        execute(FIRST_SAVEPOINT);
        savepointOpen = true;
    }

    /**
     * @return false when the batch's last unit left the transaction failed (it went on after an SQL error it caught, which
     *         PostgreSQL, unlike Derby, does not undo by itself): its work is rolled back
     */
    boolean endBatch() throws SQLException {
        if (!postgresql || !savepointOpen) {
            return true;
        }
        boolean kept = releaseOrRollBack("RELEASE SAVEPOINT hall_unit");
        savepointOpen = false;
        return kept;
    }

    /**
     * PostgreSQL: ends the batch's units as {@link #endBatch} does, with what {@code thenRun} sends in the same round trip
     * after the release of the last unit's savepoint (given the SQL to send first: the release, or nothing).
     *
     * @return false when the last unit left the transaction failed: its work is rolled back, and {@code thenRun} is to be
     *         called again (with nothing to send first)
     */
    boolean endBatchWith(SqlWork then) throws SQLException {
        if (!savepointOpen) {
            then.run("");
            return true;
        }
        savepointOpen = false;
        try {
            then.run("RELEASE SAVEPOINT hall_unit");
            return true;
        } catch (SQLException e) {
            if (!"25P02".equals(e.getSQLState())) { // in_failed_sql_transaction
                throw e;
            }
            execute("ROLLBACK TO SAVEPOINT hall_unit"); // left open: the commit releases it
            return false;
        }
    }

    /** Work sent after some SQL of the lane's in one round trip. */
    @FunctionalInterface
    interface SqlWork {
        void run(String before) throws SQLException;
    }

    /** @return whether the lane's connection is to PostgreSQL (known once it is open) */
    boolean postgresql() {
        return postgresql;
    }

    private boolean releaseOrRollBack(String sql) throws SQLException {
        try {
            execute(sql);
            return true;
        } catch (SQLException e) {
            if (!"25P02".equals(e.getSQLState())) { // in_failed_sql_transaction
                throw e;
            }
            execute("ROLLBACK TO SAVEPOINT hall_unit");
            return false;
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement st = connection().createStatement()) {
            st.execute(sql);
        }
    }

    /**
     * The unit's work stays in the batch. On PostgreSQL its writes taken for later are sent now, and when another unit
     * follows in the batch, the savepoint's turn to it goes in the same round trip (so that unit's {@link #beginUnit}
     * sends nothing); a failure here is the unit's own.
     *
     * @param another whether another unit of the batch runs after this one
     */
    void endUnit(boolean another) throws SQLException {
        if (!postgresql) {
            connection().releaseSavepoint(savepoint);
            return;
        }
        if (another && savepointOpen) {
            later.flush("RELEASE SAVEPOINT hall_unit; SAVEPOINT hall_unit");
            firstSet = true;
        } else {
            later.flush();
        }
    }

    /** Undoes the unit's work; the batch's other units keep theirs. */
    void unitFailed() throws SQLException {
        Connection c = connection();
        later.clear();
        if (!postgresql) {
            c.rollback(savepoint);
            return;
        }
        // the savepoint stays, as it was set: the next unit runs behind it
        execute("ROLLBACK TO SAVEPOINT hall_unit");
        firstSet = savepointOpen;
    }

    /** A write of the running unit, to run later ({@link org.qinqing.hall.store.Tx#later}): now on Derby. */
    void later(PreparedStatement write, Supplier<? extends RuntimeException> otherwise) throws SQLException {
        if (postgresql) {
            later.add(write, otherwise);
        } else {
            LaterWrites.now(write, otherwise);
        }
    }

    /** Sends the running unit's writes taken for later (before SQL the unit runs other than through its statements). */
    void flushLater() throws SQLException {
        later.flush();
    }

    /** @return the statement a unit gets for {@code sql}: on PostgreSQL one that can be taken for later */
    PreparedStatement prepareForUnit(String sql) throws SQLException {
        if (!postgresql) {
            return prepare(sql);
        }
        PreparedStatement ps = recorded.get(sql);
        if (ps == null) {
            ps = later.recorded(prepare(sql), sql);
            recorded.put(sql, ps);
        }
        return ps;
    }

    /** @return a statement for the text of several writes sent together */
    PreparedStatement prepareCombined(String sql) throws SQLException {
        PreparedStatement ps = combined.get(sql);
        if (ps == null) {
            if (combined.size() >= MAX_COMBINED) {
                closeAll(combined);
            }
            ps = connection().prepareStatement(sql);
            combined.put(sql, ps);
        }
        return ps;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection().prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** Commits the lane's batch; never opens a connection to do it (there would be nothing to commit). */
    void commit() throws SQLException {
        if (connection == null) {
            throw new SQLException("the writer's connection was closed before its batch was committed");
        }
        connection.commit();
    }

    /** Marks the lane busy: its batch was handed to the committer. @return the latch that frees it */
    CountDownLatch busy() {
        idle = new CountDownLatch(1);
        return idle;
    }

    /**
     * Waits, through interrupts, until the lane's last batch is committed or rolled back, while
     * {@code committerAlive} holds (looked at every second).
     *
     * @return whether the lane is idle; {@code false} when the committer stopped before freeing it
     */
    boolean awaitIdle(BooleanSupplier committerAlive) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (idle.await(1, TimeUnit.SECONDS)) {
                        return true;
                    }
                    if (!committerAlive.getAsBoolean()) {
                        return idle.getCount() == 0;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void rollbackQuietly() {
        try {
            if (connection != null) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.warn("Rollback failed; the connection will be replaced", e);
            close();
        }
    }

    int cachedStatements() {
        return statements.size() + combined.size();
    }

    void closeStatements() {
        later.clear();
        recorded.clear();
        closeAll(statements);
        closeAll(combined);
    }

    private static void closeAll(Map<String, PreparedStatement> cached) {
        for (PreparedStatement ps : cached.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                LOG.debug("Closing a cached statement", e);
            }
        }
        cached.clear();
    }

    void close() {
        later.clear();
        statements.clear();
        recorded.clear();
        combined.clear();
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing a writer connection", e);
            }
            connection = null;
        }
    }
}
