package org.qinqing.hall.floor;

/**
 * What a ticket is taken with; every field is optional.
 *
 * @param queue a queue code (default: the site's first, or its VIP queue for a listed party)
 * @param itemCode the item the applicant comes for
 * @param applicantNumber the applicant's ID number or credit code
 * @param appointmentNumber an appointment to check in
 * @param enterpriseNumber the credit code of the enterprise the applicant acts for (an agent, 经办人)
 */
public record TicketRequest(String queue, String itemCode, String applicantNumber, String appointmentNumber, String enterpriseNumber) {
}
