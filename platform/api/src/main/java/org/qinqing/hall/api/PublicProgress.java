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
 * @param provisional the deadlines count over a year whose holiday schedule is provisional: they are
 *        recomputed, and the applicant told, when the State Council schedule is loaded (since 1.1)
 */
public record PublicProgress(String caseNumber, String itemName, String departmentName, CaseStatus status,
        String statusLabel, Instant acceptedAt, LocalDate promisedDeadline, LocalDate legalDeadline, List<Step> steps,
        List<Part> parts, boolean provisional) {

    /** Progress with deadlines on official schedules only; the constructor of API 1.0. */
    public PublicProgress(String caseNumber, String itemName, String departmentName, CaseStatus status, String statusLabel,
            Instant acceptedAt, LocalDate promisedDeadline, LocalDate legalDeadline, List<Step> steps, List<Part> parts) {
        this(caseNumber, itemName, departmentName, status, statusLabel, acceptedAt, promisedDeadline, legalDeadline, steps, parts,
                false);
    }

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
