package org.qinqing.hall.backup.internal;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import org.qinqing.hall.api.HallException;

/**
 * Copies the database of a live connection into a directory, consistent while writes continue.
 * Only embedded Derby can be copied from inside the hall; a server database is backed up with
 * its own tools (PostgreSQL: {@code pg_basebackup} or {@code pg_dump}, see docs/operations.md).
 */
final class DatabaseCopy {
    static final String DERBY = "Apache Derby";

    private DatabaseCopy() {
    }

    /**
     * @param c a connection of the hall's DataSource (auto-commit, as Derby's backup procedure wants)
     * @param kind the database product
     * @param into the directory to create; Derby puts the database under it in a folder of its own name
     */
    static void copy(Connection c, String kind, Path into) throws SQLException {
        if (!DERBY.equals(kind)) {
            throw HallException.unavailable("backup_unsupported", "the hall backs up only its embedded Derby database; "
                    + kind + " is backed up with its own tools (PostgreSQL: pg_basebackup or pg_dump)");
        }
        // Derby's online backup: it copies the data files and then the log written meanwhile, so the
        // copy recovers to a consistent state that holds every transaction committed before the call;
        // it blocks no concurrent transaction (only unlogged operations, which the hall does not run).
        try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            cs.setString(1, into.toAbsolutePath().toString());
            cs.execute();
        }
    }
}
