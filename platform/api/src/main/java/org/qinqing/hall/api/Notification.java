package org.qinqing.hall.api;

import java.time.Instant;

/**
 * A recorded deadline warning.
 *
 * @param id id
 * @param caseNumber the case
 * @param department the department
 * @param rung YELLOW, RED or OVERDUE
 * @param recipient DEPARTMENT, DEPARTMENT_HEAD or SUPERVISION_OFFICE
 * @param message the message
 * @param at when raised
 */
public record Notification(long id, String caseNumber, String department, String rung, String recipient, String message, Instant at) {
}
