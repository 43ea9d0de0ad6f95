package org.qinqing.hall.api;

import java.time.Instant;
import java.util.List;

/**
 * An accountability record (问责/倒查), opened when a case passes its legal deadline: who held the
 * case at which step and for how long, the explanation the department gives, and who closed it.
 *
 * @param id id
 * @param caseNumber the case
 * @param department its department
 * @param itemName its item
 * @param openedAt when the case became overdue
 * @param holders who held it at each step, from its audit trail
 * @param explanation the department's explanation, or {@code null}
 * @param explainedBy who explained
 * @param closedBy the supervisor who closed the record, or {@code null}
 * @param closedAt when, or {@code null}
 * @param status OPEN, EXPLAINED or CLOSED
 */
public record Accountability(long id, String caseNumber, String department, String itemName, Instant openedAt,
        List<Holding> holders, String explanation, String explainedBy, String closedBy, Instant closedAt, String status) {

    /**
     * A period a case spent in one state with one holder.
     *
     * @param state the case state
     * @param holder who held it (the department, or the person who acted to end the state)
     * @param from start
     * @param to end, or {@code null} while it holds
     * @param workingDays working days in the period
     */
    public record Holding(String state, String holder, Instant from, Instant to, int workingDays) {
    }
}
