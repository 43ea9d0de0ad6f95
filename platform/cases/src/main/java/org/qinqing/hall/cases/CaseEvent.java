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
 * @param applicant the case's applicant (ID number or credit code), so that a listener that follows parties needs no
 *        query to learn it; {@code null} when the sender does not know it (an event made with the constructor of
 *        2.0): then a listener that needs it reads it (since 2.1)
 */
public record CaseEvent(String caseNumber, String origin, String itemCode, String department, CaseStatus from, CaseStatus to,
        String reason, String detail, String actor, LocalDate on, String applicant) {

    /** The event of 2.0, without the applicant ({@link #applicant()} is {@code null}). */
    public CaseEvent(String caseNumber, String origin, String itemCode, String department, CaseStatus from, CaseStatus to,
            String reason, String detail, String actor, LocalDate on) {
        this(caseNumber, origin, itemCode, department, from, to, reason, detail, actor, on, null);
    }
}
