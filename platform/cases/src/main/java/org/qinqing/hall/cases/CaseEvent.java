package org.qinqing.hall.cases;

import java.time.LocalDate;
import org.qinqing.hall.api.CaseStatus;

/**
 * A case came into being or changed state.
 *
 * @param caseNumber the case
 * @param origin the composite step it carries out ({@code <composite case>/<step id>}), or {@code null}
 * @param itemCode its item
 * @param department its department
 * @param from the state before, {@code null} when the case was just submitted
 * @param to the state after
 * @param reason the reason given (denial, supplement …), or {@code null}
 * @param detail further facts of the change as compact JSON (e.g. {@code {"delivery":"WINDOW"}}), or {@code null}
 * @param actor who made the change, as the audit trail names them
 * @param on the hall's date of the change
 */
public record CaseEvent(String caseNumber, String origin, String itemCode, String department, CaseStatus from, CaseStatus to,
        String reason, String detail, String actor, LocalDate on) {
}
