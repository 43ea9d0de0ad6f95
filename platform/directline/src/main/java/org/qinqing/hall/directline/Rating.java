package org.qinqing.hall.directline;

import java.time.Instant;

/**
 * A rating as recorded. It names no applicant.
 *
 * @param id id
 * @param subjectKind CASE, TICKET or DEMAND
 * @param subject the event rated
 * @param level 1..5
 * @param levelLabel 非常满意 … 非常不满意
 * @param department the department rated
 * @param item the item (or demand category, or ticket service)
 * @param window the window, or {@code null}
 * @param clerk the clerk who served, or {@code null}
 * @param channel where it was given
 * @param ratedAt when
 * @param rectification the rectification record a bad rating opened, or {@code null}
 */
public record Rating(long id, String subjectKind, String subject, int level, String levelLabel, String department, String item,
        String window, String clerk, String channel, Instant ratedAt, Long rectification) {

    /** The five levels, best first as 5. */
    public static final String[] LABELS = {"非常不满意", "不满意", "基本满意", "满意", "非常满意"};

    /** @param level 1..5 @return its label */
    public static String label(int level) {
        return LABELS[level - 1];
    }
}
