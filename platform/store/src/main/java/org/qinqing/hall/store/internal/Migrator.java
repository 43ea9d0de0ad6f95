package org.qinqing.hall.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small versioned SQL runner: {@code hall_schema} records (module, version) pairs applied; each
 * pending migration runs in its own transaction with its record, so a failed one leaves nothing.
 */
final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    /** The advisory lock key that serialises migrations across nodes ("hallmig" in ASCII). */
    private static final long MIGRATION_LOCK = 0x68616c6c6d6967L;

    private final DataSource dataSource;

    Migrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    synchronized void migrate(String module, List<Migration> migrations) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String dialect = Migration.dialectOf(c.getMetaData().getDatabaseProductName());
            c.setAutoCommit(false);
            boolean shared = dialect.equals(Migration.POSTGRESQL);
            if (shared) {
                lock(c, "pg_advisory_lock");
            }
            try {
                apply(c, dialect, module, migrations);
            } finally {
                if (shared) {
                    c.rollback();
                    lock(c, "pg_advisory_unlock");
                }
            }
        }
    }

    private static void apply(Connection c, String dialect, String module, List<Migration> migrations) throws SQLException {
        ensureSchemaTable(c);
        int applied = applied(c, module);
        for (Migration m : migrations) {
            if (m.version() <= applied) {
                continue;
            }
            try (Statement st = c.createStatement()) {
                for (String sql : m.statements(dialect)) {
                    st.execute(sql);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO hall_schema (module, version, description, applied_at) VALUES (?,?,?,?)")) {
                ps.setString(1, module);
                ps.setInt(2, m.version());
                ps.setString(3, m.description());
                Sql.setInstant(ps, 4, Instant.now());
                ps.executeUpdate();
            }
            c.commit();
            LOG.info("Schema of {} migrated to version {} ({})", module, m.version(), m.description());
        }
        c.commit();
    }

    /**
     * Nodes that start together over one PostgreSQL would both apply a pending migration: a session
     * lock held over all of a module's migrations makes the second wait and then see the first one's rows.
     */
    private static void lock(Connection c, String function) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SELECT " + function + "(" + MIGRATION_LOCK + ")");
        }
        c.commit();
    }

    private static void ensureSchemaTable(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, "HALL_SCHEMA", null)) {
            if (rs.next()) {
                return;
            }
        }
        try (ResultSet rs = c.getMetaData().getTables(null, null, "hall_schema", null)) {
            if (rs.next()) {
                return;
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE hall_schema (module VARCHAR(64) NOT NULL, version INT NOT NULL,"
                    + " description VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL, PRIMARY KEY (module, version))");
        }
        c.commit();
    }

    private static int applied(Connection c, String module) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM hall_schema WHERE module = ?")) {
            ps.setString(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
