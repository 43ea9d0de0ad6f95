package org.qinqing.hall.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case in a list.
 *
 * @param caseNumber case number
 * @param itemCode item
 * @param itemName item name
 * @param department department code
 * @param applicant masked applicant number
 * @param applicantName applicant name
 * @param status status
 * @param channel intake channel
 * @param submittedAt when submitted
 * @param acceptedAt when accepted, or {@code null}
 * @param promisedDeadline promised deadline, or {@code null}
 * @param legalDeadline legal deadline, or {@code null}
 * @param sla standing against the clocks today
 */
public record CaseSummary(String caseNumber, String itemCode, String itemName, String department, String applicant,
        String applicantName, CaseStatus status, String channel, Instant submittedAt, Instant acceptedAt,
        LocalDate promisedDeadline, LocalDate legalDeadline, SlaView sla) {
}
