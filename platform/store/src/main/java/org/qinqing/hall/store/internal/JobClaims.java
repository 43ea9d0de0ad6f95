package org.qinqing.hall.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims of periodic jobs in {@code hall_job}: a node reads the row's last run and the database's
 * time, and takes the job when the interval has passed with an UPDATE conditional on the last run it
 * read. Of nodes that try at once, the row lock lets one update; the others' conditions no longer
 * hold (PostgreSQL re-checks them on the new row, Derby waits for the lock), so they skip. Claims run
 * on a pooled connection of their own, not through the group-commit writer: they are rare, and a
 * duplicate first INSERT must not fail a batch of other work.
 */
final class JobClaims {
    private static final Logger LOG = LoggerFactory.getLogger(JobClaims.class);

    private final DataSource dataSource;
    private final String node;

    JobClaims(DataSource dataSource, String node) {
        this.dataSource = dataSource;
        this.node = node;
    }

    boolean claim(String job, Duration interval) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                boolean mine = claim(c, job, interval);
                c.commit();
                return mine;
            } catch (SQLException e) {
                c.rollback();
                if ("23505".equals(e.getSQLState())) {
                    return false; // another node inserted the first claim at the same moment
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // not claimed: the job runs at the next try (or on a node that reaches the database)
            LOG.warn("Could not claim job {}: {}", job, e.getMessage());
            return false;
        }
    }

    private boolean claim(Connection c, String job, Duration interval) throws SQLException {
        Timestamp last;
        Timestamp now;
        // read, and close the result, before updating: an open cursor would keep its row's share lock on
        // Derby, and two nodes holding it while each waits to update would deadlock
        try (PreparedStatement ps = c.prepareStatement("SELECT last_run, CURRENT_TIMESTAMP FROM hall_job WHERE job = ?")) {
            ps.setString(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    last = null;
                    now = null;
                } else {
                    last = rs.getTimestamp(1);
                    now = rs.getTimestamp(2);
                }
            }
        }
        if (last == null) {
            try (PreparedStatement in = c.prepareStatement("INSERT INTO hall_job (job, node, last_run) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                in.setString(1, job);
                in.setString(2, node);
                in.executeUpdate();
            }
            return true;
        }
        // a little slack: a node that asks every quarter interval keeps the job rather than missing one tick
        if (now.getTime() - last.getTime() < interval.toMillis() - Math.min(1000, interval.toMillis() / 10)) {
            return false;
        }
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE hall_job SET node = ?, last_run = CURRENT_TIMESTAMP WHERE job = ? AND last_run = ?")) {
            up.setString(1, node);
            up.setString(2, job);
            up.setTimestamp(3, last);
            return up.executeUpdate() == 1;
        }
    }
}
