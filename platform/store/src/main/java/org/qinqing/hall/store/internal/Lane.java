package org.qinqing.hall.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
    private Connection connection;
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
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        return connection;
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
        return statements.size();
    }

    void closeStatements() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                LOG.debug("Closing a cached statement", e);
            }
        }
        statements.clear();
    }

    void close() {
        statements.clear();
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
