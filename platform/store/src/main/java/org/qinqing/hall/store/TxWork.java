package org.qinqing.hall.store;

import java.sql.SQLException;

/**
 * One unit of writing: runs inside a transaction shared with other units (group commit), behind
 * a savepoint of its own, so a unit that throws leaves no trace while its neighbours commit.
 *
 * @param <T> result
 */
@FunctionalInterface
public interface TxWork<T> {
    /** @param tx the transaction @return the result @throws SQLException on failure */
    T apply(Tx tx) throws SQLException;
}
