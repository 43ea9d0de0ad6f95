package org.qinqing.hall.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The transaction a {@link TxWork} runs in. Only the writer thread touches it. Implemented by the
 * store alone: modules call it, never implement it, so it may gain methods in minor versions.
 */
@ProviderType
public interface Tx {

    /**
     * @return the connection, auto-commit off; do not commit or roll back yourself. The writes taken for {@link #later}
     *         are sent first.
     */
    Connection connection();

    /** @param sql a statement @return it prepared, cached for the life of the connection */
    PreparedStatement prepare(String sql) throws SQLException;

    /**
     * Runs a write whose outcome the unit does not read (an INSERT, or an UPDATE of rows the unit knows are there),
     * later in the unit. On PostgreSQL, where each statement is a round trip to the server, the writes a unit takes for
     * later are sent together, in one round trip, just before its next statement (any statement from {@link #prepare},
     * or {@link #connection}) or at its end; so the unit still reads what it wrote, in order. On Derby it runs now.
     * Its failure (e.g. a duplicate key) fails the unit as a failing statement does, only later: a write whose error the
     * unit catches and handles must run now ({@code executeUpdate}, or {@link #insertUnlessDuplicate}).
     *
     * <p>The statement's parameters are taken as they are now; it may be set and taken again at once.
     *
     * @param write a statement from {@link #prepare}, its parameters set (another one runs now)
     * @throws SQLException when it runs now and fails
     * @since 2.4
     */
    void later(PreparedStatement write) throws SQLException;

    /**
     * {@link #later(PreparedStatement)}, for a write that must change exactly one row (e.g. an UPDATE guarded by the
     * version the unit read): when it does not, the unit fails with what {@code otherwise} supplies, and none of its work
     * is kept.
     *
     * @param write     a statement from {@link #prepare}, its parameters set
     * @param otherwise the failure when the write changed no row or several (e.g. a conflict)
     * @throws SQLException when it runs now and fails
     * @since 2.4
     */
    void later(PreparedStatement write, java.util.function.Supplier<? extends RuntimeException> otherwise) throws SQLException;

    /**
     * @param counter a named counter (e.g. {@code case})
     * @return its next value; values lost to a failed unit are skipped, never reused
     */
    long next(String counter);

    /**
     * Appends to the hash-chained audit trail, in this transaction: the record is committed with the
     * unit's other writes or not at all. It is inserted when the batch ends, so a unit never reads
     * its own records back from {@code audit_log}.
     *
     * @param record what happened
     * @throws SQLException a field longer than its column (or a required one missing): the unit fails
     */
    void audit(AuditRecord record) throws SQLException;

    /** @return the time of this unit (the hall clock) */
    Instant now();

    /**
     * Runs a task after this unit's commit is durable, in the thread that called
     * {@link Database#write}, before that call returns. Not run when the unit fails. A failing
     * task is logged; the write stays committed.
     *
     * @param task what to do once the change is safe, e.g. start work the change made ready
     */
    void afterCommit(Runnable task);

    /**
     * Runs a task the moment this unit's commit is durable, in the store's committing thread,
     * before the caller of this unit (or of any unit committed after it) is answered: tasks run in
     * the order their units commit. For counting what was committed (metrics) and short-lived state
     * that must follow commits; committed rows are kept in {@link Rows} regions, not with this. Keep it to
     * microseconds: no database, no locks held for long, no calls into other services. Not run
     * when the unit fails or its batch does not commit. A failing task is logged; the write stays
     * committed.
     *
     * @param task what to do once the change is committed
     * @since 1.4
     */
    void onCommit(Runnable task);

    /**
     * Says that this unit brings {@code subject} into being (e.g. inserts the case it names under a
     * unique number), so no audit record names it before this unit's: once the unit commits, the
     * store keeps the subject's trail from its first record, and the first showing of a new case's
     * timeline needs no read of the log. Say it only of a subject that is really new; said of one
     * with earlier records, its kept trail would miss them.
     *
     * @param subject the {@link AuditRecord#subject()} of the records this unit starts
     * @since 1.5
     */
    void creates(String subject);

    /**
     * Runs an INSERT that may meet a row already there under a unique key (e.g. another unit, or
     * another node, created it first), leaving the unit able to go on either way. Catching the
     * duplicate-key error of a plain {@code executeUpdate} and going on works on Derby, which undoes
     * the failed statement alone, but not on PostgreSQL, which refuses every later statement of the
     * transaction: here the INSERT runs behind a savepoint of its own (two more round trips on
     * PostgreSQL, so keep it to inserts that may race, not to every insert).
     *
     * @param insert the INSERT, its parameters set
     * @return true when inserted; false when a row with the same unique key was there (SQLState 23505), nothing changed
     * @throws SQLException any other failure
     * @since 2.2
     */
    default boolean insertUnlessDuplicate(PreparedStatement insert) throws SQLException {
        Connection c = connection();
        java.sql.Savepoint sp = c.setSavepoint();
        try {
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(sp);
            return false;
        }
        c.releaseSavepoint(sp);
        return true;
    }
}
