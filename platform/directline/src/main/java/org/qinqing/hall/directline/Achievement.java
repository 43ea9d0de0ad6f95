package org.qinqing.hall.directline;

import java.time.Instant;

/**
 * An achievement post (晒业绩) an enterprise submits; shown publicly once staff have checked it.
 *
 * @param id id
 * @param enterprise the enterprise's credit code
 * @param enterpriseName its name
 * @param title title
 * @param text text
 * @param status SUBMITTED, PUBLISHED or REFUSED
 * @param submittedAt when
 * @param checkedBy who checked it, or {@code null}
 */
public record Achievement(long id, String enterprise, String enterpriseName, String title, String text, String status, Instant submittedAt,
        String checkedBy) {
}
