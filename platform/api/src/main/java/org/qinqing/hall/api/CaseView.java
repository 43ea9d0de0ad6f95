package org.qinqing.hall.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A case as staff see it. Party numbers are masked.
 *
 * @param caseNumber case number
 * @param itemCode item
 * @param itemName item name
 * @param itemVersion version of the department bundle the case was accepted under
 * @param department department code
 * @param departmentName department name
 * @param applicant masked applicant number
 * @param applicantName applicant name
 * @param applicantKind PERSON or ENTERPRISE
 * @param agent masked agent number, or {@code null}
 * @param status status
 * @param channel intake channel
 * @param window intake window
 * @param submittedAt when submitted
 * @param acceptedAt when accepted (受理), or {@code null}
 * @param promisedDeadline promised deadline (承诺时限), or {@code null} before acceptance
 * @param legalDeadline legal deadline (法定时限), or {@code null} before acceptance
 * @param limitUnit WORKING_DAYS or NATURAL_DAYS
 * @param visits in-person visits so far
 * @param maxVisits the item's promise
 * @param form form values
 * @param materials materials
 * @param findings the latest check or review findings (what to supplement, rules broken)
 * @param decisionReason reason given with a denial, supplement request, suspension or withdrawal
 * @param results vault ids of the documents issued
 * @param pauses the clock pause ledger
 * @param timeline the audit trail of the case
 * @param version optimistic version, increases with every change
 * @param accessCode the applicant's access code: shown once, on the receipt of the intake
 * @param calendarVersion the calendar version the deadlines were computed with
 * @param sla the case's standing against its clocks today
 * @param origin the composite step this case carries out ({@code <composite case>/<step id>}), or {@code null}
 */
public record CaseView(String caseNumber, String itemCode, String itemName, String itemVersion, String department,
        String departmentName, String applicant, String applicantName, String applicantKind, String agent, CaseStatus status,
        String channel, String window, Instant submittedAt, Instant acceptedAt, LocalDate promisedDeadline,
        LocalDate legalDeadline, String limitUnit, int visits, int maxVisits, Map<String, Object> form,
        List<CaseMaterial> materials, List<Map<String, String>> findings, String decisionReason, List<Long> results,
        List<ClockPause> pauses, List<AuditEntry> timeline, int version, String accessCode, int calendarVersion, SlaView sla,
        String origin) {
}
