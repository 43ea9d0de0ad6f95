package org.qinqing.hall.floor;

import java.time.LocalDate;

/**
 * An appointment slot.
 *
 * @param site site code
 * @param queue queue code
 * @param date the day
 * @param slot its start, HH:MM
 * @param capacity appointments it takes
 * @param booked appointments booked in it
 */
public record Slot(String site, String queue, LocalDate date, String slot, int capacity, int booked) {
}
