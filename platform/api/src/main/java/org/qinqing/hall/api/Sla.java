package org.qinqing.hall.api;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Sunshine handling (阳光办): the deadline scanner and its escalations, accountability records,
 * statistics, and deadlines recomputed after a calendar change.
 */
@ProviderType
public interface Sla {

    /**
     * Finds the cases whose next rung is due (an indexed query: the cost grows with the cases that
     * change colour, not with all open cases) and fires each rung once: yellow → the department,
     * red → the department head, overdue → the supervision office and an accountability record.
     */
    ScanResult scan();

    /** @param department a department, or {@code null} for all @param limit at most this many @return newest first */
    List<Notification> notifications(String department, int limit);

    /** @param status OPEN, EXPLAINED, CLOSED or {@code null} @param department or {@code null} @return the records */
    List<Accountability> accountability(String status, String department);

    /** The department explains an overdue case (approver of its department). */
    Accountability explain(long id, String explanation, Actor actor);

    /** A supervisor closes an explained record. */
    Accountability close(long id, Actor actor);

    /** @return statistics of cases decided in [from, to], grouped by "department" or "item" */
    SlaStats stats(LocalDate from, LocalDate to, String department, String item, String groupBy);

    /**
     * An open case past its promised (RED) or legal (OVERDUE) deadline.
     *
     * @param caseNumber case
     * @param department department
     * @param itemName item
     * @param status case status
     * @param promisedDeadline promised deadline
     * @param legalDeadline legal deadline
     * @param colour RED or OVERDUE
     * @param workingDaysLate working days past the deadline that colour names
     */
    record OverdueCase(String caseNumber, String department, String itemName, String status, LocalDate promisedDeadline,
            LocalDate legalDeadline, String colour, int workingDaysLate) {
    }

    /** @param department a department or {@code null} @return open cases past a deadline, most overdue first */
    List<OverdueCase> overdue(String department);

    /**
     * Recomputes the deadlines of open cases after the calendar changed.
     *
     * @return the case numbers whose deadlines moved
     */
    List<String> recompute(Actor actor);
}
