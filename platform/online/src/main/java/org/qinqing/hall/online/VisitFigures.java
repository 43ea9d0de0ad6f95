package org.qinqing.hall.online;

import java.util.Map;

/**
 * Real visits of completed cases (零跑动 / 最多跑一次 as kept, not as promised).
 *
 * @param completed completed cases
 * @param zeroVisit of them, those that took no visit
 * @param oneVisit those that took one
 * @param moreVisits those that took more
 * @param zeroVisitByChannel zero-visit cases by intake channel
 */
public record VisitFigures(long completed, long zeroVisit, long oneVisit, long moreVisits, Map<String, Long> zeroVisitByChannel) {
}
