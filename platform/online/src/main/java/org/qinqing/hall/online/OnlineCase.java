package org.qinqing.hall.online;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the online hall adds to a case it filed.
 *
 * @param caseNumber the case
 * @param person the person who filed it (unmasked)
 * @param applicant the applicant: the person or an enterprise they act for (unmasked)
 * @param delivery the delivery chosen
 * @param preReviewDue the day the pre-review is due (网上预审时限), or {@code null}
 * @param trackingNumber the postal tracking number once posted, or {@code null}
 * @param postedAt when posted, or {@code null}
 */
public record OnlineCase(String caseNumber, String person, String applicant, Delivery delivery, LocalDate preReviewDue,
        String trackingNumber, Instant postedAt) {
}
