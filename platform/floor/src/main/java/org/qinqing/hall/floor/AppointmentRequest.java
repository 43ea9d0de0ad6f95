package org.qinqing.hall.floor;

/**
 * A booking.
 *
 * @param site site code
 * @param itemCode the item
 * @param date the day, YYYY-MM-DD
 * @param slot the slot's start, HH:MM
 * @param applicantNumber the applicant's ID number or credit code
 * @param queue queue code, or {@code null} for the site's first (or VIP for a listed party)
 * @param enterpriseNumber the enterprise an agent books for, or {@code null}
 */
public record AppointmentRequest(String site, String itemCode, String date, String slot, String applicantNumber, String queue,
        String enterpriseNumber) {
}
