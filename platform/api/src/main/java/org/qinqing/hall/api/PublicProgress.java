package org.qinqing.hall.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What anyone with the case number and the last four characters of the applicant's number
 * may see: no names, no numbers, no materials, no reasons that could carry personal data.
 *
 * @param caseNumber case number
 * @param itemName item
 * @param departmentName department
 * @param status status
 * @param statusLabel Chinese label
 * @param acceptedAt when accepted
 * @param promisedDeadline promised deadline
 * @param legalDeadline legal deadline
 * @param steps the timeline: what happened when
 * @param parts for a composite case, its steps and their states; empty otherwise
 */
public record PublicProgress(String caseNumber, String itemName, String departmentName, CaseStatus status,
        String statusLabel, Instant acceptedAt, LocalDate promisedDeadline, LocalDate legalDeadline, List<Step> steps,
        List<Part> parts) {

    /**
     * A step of a composite case, as the public sees it.
     *
     * @param id step id
     * @param itemName item
     * @param departmentName department
     * @param status the step's state (WAITING, READY, RUNNING, DONE, STOPPED, CANCELLED)
     * @param caseNumber its sub-case, once started
     * @param caseStatusLabel the sub-case's state in Chinese, once started
     */
    public record Part(String id, String itemName, String departmentName, String status, String caseNumber, String caseStatusLabel) {
    }

    /**
     * A step of the public timeline.
     *
     * @param at when
     * @param action what (e.g. accept, review, approve)
     * @param status the state after it
     */
    public record Step(Instant at, String action, String status) {
    }
}
