package org.qinqing.hall.directline;

import java.time.LocalDate;

/**
 * The rectification (整改) a bad rating opened: OPEN (to verify) → VERIFIED (to rectify and call back) →
 * CLOSED; or VOID when a supervisor upholds the department's appeal.
 *
 * @param id id
 * @param ratingId the rating
 * @param subject the event rated
 * @param level its level
 * @param comment its comment
 * @param department the department that rectifies
 * @param status OPEN, VERIFIED, CLOSED or VOID
 * @param verifyDue last day to verify
 * @param rectifyDue last day to rectify and call back (set when verified)
 * @param finding what verification found
 * @param measures what was done
 * @param callbackOutcome SATISFIED, UNSATISFIED or UNREACHED
 * @param closedOn when closed
 * @param onTime whether it closed by its deadlines ({@code null} while open)
 * @param appealStatus {@code null}, PENDING, UPHELD or REJECTED
 * @param appealReason the department's reason
 * @param escalated whether a deadline of it was passed and escalated
 */
public record Rectification(long id, long ratingId, String subject, int level, String comment, String department, String status,
        LocalDate verifyDue, LocalDate rectifyDue, String finding, String measures, String callbackOutcome, LocalDate closedOn,
        Boolean onTime, String appealStatus, String appealReason, boolean escalated) {
}
