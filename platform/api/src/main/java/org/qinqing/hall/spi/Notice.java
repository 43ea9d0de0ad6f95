package org.qinqing.hall.spi;

import java.time.Instant;

/**
 * A deadline warning the platform sends through every {@link Notifier}.
 *
 * @param id the notification's id (its record is visible in the UI and API)
 * @param caseNumber the case
 * @param department the department holding it
 * @param rung YELLOW (promised time mostly used), RED (promised deadline passed), OVERDUE (legal deadline passed)
 * @param recipient DEPARTMENT, DEPARTMENT_HEAD or SUPERVISION_OFFICE
 * @param message the message, in Chinese
 * @param at when it was raised
 */
public record Notice(long id, String caseNumber, String department, String rung, String recipient, String message, Instant at) {
}
