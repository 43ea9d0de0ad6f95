package org.qinqing.hall.online;

import java.time.Instant;

/**
 * A message the hall sent an applicant about a case.
 *
 * @param at when
 * @param text the text
 * @param caseNumber the case
 */
public record SentMessage(Instant at, String text, String caseNumber) {
}
