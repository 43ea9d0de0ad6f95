package org.qinqing.hall.directline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A demand (诉求). States: SUBMITTED → ASSIGNED → IN_PROGRESS → ANSWERED → CLOSED, or REJECTED.
 *
 * @param demandNumber number
 * @param enterprise the enterprise's credit code
 * @param keyEnterprise whether it is a key enterprise's (counted apart)
 * @param kind DEMAND, SUGGESTION, PROBLEM, POLICY or IP
 * @param category the routing category
 * @param text the demand
 * @param addressedTo a department code or {@code district-head}
 * @param department the department handling it
 * @param officer the officer it is assigned to, or {@code null}
 * @param status status
 * @param submittedAt when
 * @param responseDue first response due (working days)
 * @param answerDue answer due
 * @param rung escalation steps fired: 0 none, 1 officer, 2 department head, 3 leader in charge, 4 district head
 * @param answer the answer, or {@code null}
 * @param answeredOn when answered
 * @param answeredLate whether the answer came after its deadline
 * @param reason the reason of the latest reassignment or rejection
 */
public record Demand(String demandNumber, String enterprise, boolean keyEnterprise, String kind, String category, String text,
        String addressedTo, String department, String officer, String status, Instant submittedAt, LocalDate responseDue,
        LocalDate answerDue, int rung, String answer, LocalDate answeredOn, boolean answeredLate, String reason) {
}
