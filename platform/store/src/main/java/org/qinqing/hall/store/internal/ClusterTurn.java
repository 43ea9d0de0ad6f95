package org.qinqing.hall.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's turn at writing on a database shared with other nodes (PostgreSQL): a session-level
 * advisory lock all nodes' writers share, held on a connection of its own across batches while this
 * node writes, so that one batch's commit overlaps the next batch's work as on a single node. It is
 * given up when the writer is idle, and after {@link #TENURE_NANOS} when another node waits for it
 * (PostgreSQL then grants it to the waiting node first). Should the connection be lost the lock goes
 * with it; the audit log's unique sequence and the numbers' unique keys still refuse a second writer's
 * batch (it fails, nothing forks).
 */
final class ClusterTurn {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterTurn.class);
    /** The advisory lock key all nodes' writers share ("hallwri" in ASCII), the one batches of earlier versions take per transaction. */
    static final long KEY = 0x68616c6c777269L;
    /** How long this node writes before it looks whether another node waits for its turn. */
    static final long TENURE_NANOS = Long.getLong("hall.store.turnMillis", 50) * 1_000_000L;
    private static final String WAITING = "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            + " AND classid = " + (KEY >>> 32) + " AND objid = " + (KEY & 0xffffffffL) + " AND objsubid = 1)";

    private final DataSource dataSource;
    private Connection connection;
    private boolean held;
    private long lookedAt;

    ClusterTurn(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean held() {
        return held;
    }

    /** Waits for this node's turn (while another node has it). */
    void take() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT pg_advisory_lock(" + KEY + ")");
        } catch (SQLException e) {
            close();
            throw e;
        }
        held = true;
        lookedAt = System.nanoTime();
    }

    /** @return whether this node has written for a tenure and another node waits for the turn (asked at most once a tenure) */
    boolean othersWait() throws SQLException {
        if (System.nanoTime() - lookedAt < TENURE_NANOS) {
            return false;
        }
        lookedAt = System.nanoTime();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(WAITING)) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    /** Gives the turn up; call with every batch of this node committed or rolled back. */
    void give() {
        if (!held) {
            return;
        }
        held = false;
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            LOG.warn("Giving up the writers' turn failed; closing its connection releases it: {}", e.getMessage());
            close();
        }
    }

    /**
     * Ends the connection. A session's advisory lock outlives a pooled connection's return to the pool,
     * so the lock is released first, and a connection that cannot release it is aborted, not returned.
     */
    void close() {
        held = false;
        if (connection == null) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT pg_advisory_unlock_all()");
        } catch (SQLException e) {
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException again) {
                LOG.debug("Aborting the writers' turn connection", again);
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the writers' turn connection", e);
        }
        connection = null;
    }
}
