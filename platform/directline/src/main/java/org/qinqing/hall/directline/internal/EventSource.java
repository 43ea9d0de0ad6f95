package org.qinqing.hall.directline.internal;

import java.util.Optional;
import org.qinqing.hall.api.Actor;

/** Finds a rateable event by its subject and checks the rater's proof. */
interface EventSource {

    /**
     * @param subject the subject as given
     * @param accessCode access code or {@code null}
     * @param suffix last four characters of the applicant's number or {@code null}
     * @param applicant a logged-in applicant or {@code null}
     * @return empty when the subject is not of this source
     * @throws org.qinqing.hall.api.HallException 404 for a wrong proof (same answer as an unknown subject), 409 when not finished
     */
    Optional<RatedEvent> find(String subject, String accessCode, String suffix, Actor applicant);
}
