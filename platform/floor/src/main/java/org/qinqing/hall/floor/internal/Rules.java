package org.qinqing.hall.floor.internal;

/**
 * The configurable rules of the floor.
 *
 * @param walkInThresholdMinutes a walk-in waiting longer is called before new appointments
 * @param checkInEarlyMinutes an appointment can be checked in this long before its slot
 * @param checkInLateMinutes and this long after it; later, the applicant joins the walk-in queue
 * @param bookingDaysAhead slots can be booked up to this many days ahead
 * @param noShowLimit this many no-shows within noShowWindowDays suspend online booking
 * @param noShowWindowDays the window no-shows are counted in
 * @param suspendDays how long online booking stays suspended
 * @param targetWaitMinutes the wait the statistics measure against
 * @param enforceOpeningHours tickets only on working days within opening hours
 * @param defaultServiceMinutes the service time assumed before any was measured
 */
record Rules(int walkInThresholdMinutes, int checkInEarlyMinutes, int checkInLateMinutes, int bookingDaysAhead, int noShowLimit,
        int noShowWindowDays, int suspendDays, int targetWaitMinutes, boolean enforceOpeningHours, int defaultServiceMinutes) {

    static Rules defaults() {
        return new Rules(30, 30, 15, 7, 3, 30, 30, 20, true, 10);
    }
}
