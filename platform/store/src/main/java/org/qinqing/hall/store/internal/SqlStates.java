package org.qinqing.hall.store.internal;

import java.sql.SQLException;

/** SQLStates that mean "try again": a deadlock victim or a lock timeout (Derby and PostgreSQL). */
final class SqlStates {

    private SqlStates() {
    }

    static boolean retryable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            // a JDBC batch's failure (BatchUpdateException) carries the statement's own in its chain of next exceptions
            for (SQLException s = c instanceof SQLException ? (SQLException) c : null; s != null; s = s.getNextException()) {
                String state = s.getSQLState();
                if (state != null && (state.equals("40001") || state.equals("40P01") || state.startsWith("40XL"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
