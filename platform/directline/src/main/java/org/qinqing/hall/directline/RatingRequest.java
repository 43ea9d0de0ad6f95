package org.qinqing.hall.directline;

import java.util.List;

/**
 * A rating as the applicant gives it.
 *
 * @param subject a case number, a ticket id or a demand number
 * @param accessCode the access code from the case's receipt, or {@code null}
 * @param suffix the last four characters of the applicant's (or enterprise's) number, or {@code null}
 * @param level 1..5, 5 = 非常满意
 * @param reasons optional reasons (e.g. 态度不好)
 * @param comment optional comment, at most 1,000 characters
 * @param channel where it was given: portal, progress, tablet, kiosk
 */
public record RatingRequest(String subject, String accessCode, String suffix, Integer level, List<String> reasons, String comment,
        String channel) {
}
