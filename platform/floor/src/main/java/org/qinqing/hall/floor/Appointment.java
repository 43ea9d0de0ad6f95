package org.qinqing.hall.floor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An appointment (预约).
 *
 * @param appointmentNumber its number, e.g. {@code Y20261207000123}
 * @param site site code
 * @param queue queue code
 * @param itemCode the item
 * @param date the day
 * @param slot the slot's start, HH:MM
 * @param applicantNumber the applicant (mask it when shown)
 * @param state {@code BOOKED}, {@code CANCELLED}, {@code CHECKED_IN}, {@code LATE} (joined the walk-in queue) or {@code NO_SHOW}
 * @param online booked by the applicant online (else by a clerk for a caller)
 * @param vip a VIP party's
 * @param bookedAt when booked
 */
public record Appointment(String appointmentNumber, String site, String queue, String itemCode, LocalDate date, String slot,
        String applicantNumber, String state, boolean online, boolean vip, Instant bookedAt) {
}
