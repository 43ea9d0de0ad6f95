package org.qinqing.hall.floor;

import java.time.LocalDate;
import java.util.List;

/**
 * Queue statistics of a day, per site, queue and window.
 *
 * @param from first day
 * @param to last day
 * @param targetWaitMinutes the wait target the share over it is measured against
 * @param rows one per group
 */
public record QueueStats(LocalDate from, LocalDate to, int targetWaitMinutes, List<Row> rows) {

    /**
     * Figures of one group.
     *
     * @param group {@code site}, {@code queue} or {@code window}
     * @param site site code
     * @param key the queue or window code ({@code null} for a site row)
     * @param tickets tickets taken
     * @param served tickets served to the end
     * @param noShows tickets that did not come when called
     * @param avgWaitMinutes average minutes from taking to the first call
     * @param p90WaitMinutes 90th percentile of those
     * @param overTargetShare share of called tickets that waited over the target
     * @param avgServiceMinutes average minutes from the call to done
     * @param booked appointments booked (site rows)
     * @param checkedIn appointments checked in (site rows)
     * @param vipServices VIP tickets served
     * @param talentServices tickets of talent windows served
     */
    public record Row(String group, String site, String key, int tickets, int served, int noShows, double avgWaitMinutes,
            double p90WaitMinutes, double overTargetShare, double avgServiceMinutes, int booked, int checkedIn, int vipServices,
            int talentServices) {
    }
}
