package org.qinqing.hall.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a read connection (auto-commit). @param <T> result */
@FunctionalInterface
public interface SqlWork<T> {
    /** @param c the connection @return the result @throws SQLException on failure */
    T apply(Connection c) throws SQLException;
}
