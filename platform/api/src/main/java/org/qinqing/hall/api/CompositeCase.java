package org.qinqing.hall.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A composite case and its steps. Party numbers are masked.
 *
 * @param caseNumber composite case number ({@code NC…})
 * @param compositeCode the composite
 * @param compositeName its name
 * @param applicant masked applicant number
 * @param applicantName applicant name
 * @param status IN_PROGRESS, APPROVED (every step approved), COMPLETED (results delivered) or DENIED
 * @param statusLabel Chinese label
 * @param channel intake channel
 * @param window intake window
 * @param submittedAt when submitted
 * @param acceptedOn the day the composite's clocks started
 * @param promisedDeadline promised deadline along the critical path
 * @param legalDeadline legal deadline along the critical path
 * @param forecast when the last step is expected to be decided, from the steps' own clocks now
 * @param closedAt when completed or denied, or {@code null}
 * @param visits in-person visits so far
 * @param decisionReason why it was denied, or {@code null}
 * @param form the shared form
 * @param steps the steps with their sub-cases
 * @param accessCode the applicant's access code, on the intake receipt only
 * @param version increases with every change of the composite or a step
 * @param provisional its deadlines or a step's count over a year whose holiday schedule is provisional (since 1.1)
 */
public record CompositeCase(String caseNumber, String compositeCode, String compositeName, String applicant,
        String applicantName, String status, String statusLabel, String channel, String window, Instant submittedAt,
        LocalDate acceptedOn, LocalDate promisedDeadline, LocalDate legalDeadline, LocalDate forecast, Instant closedAt,
        int visits, String decisionReason, Map<String, Object> form, List<StepState> steps, String accessCode, int version,
        boolean provisional) {

    /** A composite case with deadlines on official schedules only; the constructor of API 1.0. */
    public CompositeCase(String caseNumber, String compositeCode, String compositeName, String applicant, String applicantName,
            String status, String statusLabel, String channel, String window, Instant submittedAt, LocalDate acceptedOn,
            LocalDate promisedDeadline, LocalDate legalDeadline, LocalDate forecast, Instant closedAt, int visits,
            String decisionReason, Map<String, Object> form, List<StepState> steps, String accessCode, int version) {
        this(caseNumber, compositeCode, compositeName, applicant, applicantName, status, statusLabel, channel, window, submittedAt,
                acceptedOn, promisedDeadline, legalDeadline, forecast, closedAt, visits, decisionReason, form, steps, accessCode,
                version, false);
    }

    /**
     * A step of a composite case.
     *
     * @param id step id
     * @param itemCode item
     * @param itemName item name
     * @param department department code
     * @param departmentName department name
     * @param dependsOn step ids that come first
     * @param status WAITING (for earlier steps), READY (to start), RUNNING, DONE (approved), STOPPED
     *        (denied, not accepted or withdrawn) or CANCELLED (the composite ended first)
     * @param message what holds a READY step back, or why it stopped, or {@code null}
     * @param caseNumber the sub-case, once started
     * @param caseStatus the sub-case's state, once started
     * @param holder who holds the step now (the department's approvers, the applicant for a supplement …)
     * @param promisedDeadline the sub-case's promised deadline, once accepted
     * @param legalDeadline the sub-case's legal deadline, once accepted
     * @param sla the sub-case's standing against its clocks, once accepted
     * @param forecast when the step is expected to be decided
     * @param doneOn the day it was approved, or {@code null}
     * @param results vault ids of the documents it issued
     */
    public record StepState(String id, String itemCode, String itemName, String department, String departmentName,
            List<String> dependsOn, String status, String message, String caseNumber, CaseStatus caseStatus, String holder,
            LocalDate promisedDeadline, LocalDate legalDeadline, SlaView sla, LocalDate forecast, LocalDate doneOn,
            List<Long> results) {
    }
}
