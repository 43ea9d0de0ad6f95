package org.qinqing.hall.cases;

import java.sql.SQLException;
import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.store.Tx;

/**
 * The case module's writes of a case's clock for the SLA module: the deadline scanner firing a
 * rung and a deadline recompute after a calendar change. Only the case module writes
 * {@code hall_case}; these run inside the caller's unit, so a scan chunk stays one write, and the
 * case module keeps the rows it holds in memory in step once the unit commits (if it fails,
 * nothing changes).
 *
 * @since 2.0
 */
@ProviderType
public interface CaseDeadlines {

    /**
     * Records the escalation rung the scanner reached. The case keeps its version: a rung is the
     * clock moving, not a change of the case, so an action on the case in hand is not refused
     * because a rung fired meanwhile.
     *
     * @param tx         the caller's unit
     * @param caseNumber the case
     * @param rung       the rung reached (0 none, 1 yellow, 2 red, 3 overdue)
     * @param nextRungOn the day the next rung falls due, or {@code null} after the last
     * @return whether the case exists
     * @throws SQLException on failure: the caller's unit fails
     */
    boolean recordRung(Tx tx, String caseNumber, int rung, LocalDate nextRungOn) throws SQLException;

    /**
     * Moves the case's deadlines (a recompute after a calendar change): the case gets a new
     * version.
     *
     * @param tx              the caller's unit
     * @param caseNumber      the case
     * @param promised        the new promised deadline
     * @param legal           the new legal deadline
     * @param yellow          the new yellow day
     * @param nextRungOn      the day the next rung falls due, or {@code null} (paused, or after the last)
     * @param calendarVersion the calendar version the deadlines were computed with
     * @return whether the case exists
     * @throws SQLException on failure: the caller's unit fails
     */
    boolean moveDeadlines(Tx tx, String caseNumber, LocalDate promised, LocalDate legal, LocalDate yellow, LocalDate nextRungOn,
            int calendarVersion) throws SQLException;
}
