package org.qinqing.hall.directline;

import java.util.List;

/**
 * Published 好差评 figures for a period.
 *
 * @param ratings ratings given
 * @param satisfactionRate share of ratings 3..5 (基本满意 or better), 0..1; 0 without ratings
 * @param bad ratings of 1 or 2
 * @param rectifiedOnTime bad ratings whose rectification closed by its deadlines
 * @param open rectifications not yet closed
 * @param callbackRate share of closed rectifications whose applicant was reached, 0..1
 * @param rows the same figures per group, when grouped
 */
public record RatingStats(int ratings, double satisfactionRate, int bad, int rectifiedOnTime, int open, double callbackRate,
        List<Row> rows) {

    /**
     * Figures of one group.
     *
     * @param key the department, item, window, clerk or month
     * @param ratings ratings
     * @param satisfactionRate share of 3..5
     * @param bad ratings of 1 or 2
     * @param rectifiedOnTime rectified on time
     * @param open open rectifications
     */
    public record Row(String key, int ratings, double satisfactionRate, int bad, int rectifiedOnTime, int open) {
    }
}
