package org.qinqing.hall.api;

/**
 * Filters for listing cases; {@code null} means any.
 *
 * @param status a status
 * @param department a department code (approvers only ever see their own departments)
 * @param itemCode an item
 * @param applicant an applicant number
 * @param limit at most this many (1–500)
 * @param offset skip this many
 * @param openOnly only cases not closed
 * @param byDeadline order by promised deadline, nearest first (a work queue), instead of newest first
 */
public record CaseQuery(CaseStatus status, String department, String itemCode, String applicant, int limit, int offset,
        boolean openOnly, boolean byDeadline) {
}
