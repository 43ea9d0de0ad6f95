package org.qinqing.hall.directline;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.api.Actor;

/**
 * 好差评: one rating per service event; a bad rating (1 or 2) opens a rectification the department verifies,
 * rectifies and answers with a call back, on the working-day calendar. Ratings are never changed or deleted.
 */
@ProviderType
public interface Ratings {

    /**
     * Records a rating.
     *
     * @param request the rating and the proof (access code or suffix for a case, suffix for a demand)
     * @param applicant a logged-in applicant rating their own event, or {@code null}
     * @return the rating
     * @throws org.qinqing.hall.api.HallException 400 naming the field, 404 for an unknown subject or wrong proof,
     *         409 when the event is already rated or not yet finished
     */
    Rating rate(RatingRequest request, Actor applicant);

    /**
     * @param department department or {@code null}
     * @param from first day
     * @param to last day
     * @param groupBy {@code null}, department, item, window, clerk or month
     * @return the figures
     */
    RatingStats stats(String department, LocalDate from, LocalDate to, String groupBy);

    /** @param department a department or {@code null} @param status a status or {@code null} @param actor staff @return rectifications it may see */
    List<Rectification> rectifications(String department, String status, Actor actor);

    /** @param id id @param actor staff of the department, a supervisor or admin @return the rectification */
    Rectification rectification(long id, Actor actor);

    /** The department verified the complaint (approver of the department). */
    Rectification verify(long id, String finding, Actor actor);

    /** The department rectified and called the applicant back: outcome SATISFIED, UNSATISFIED or UNREACHED. */
    Rectification rectify(long id, String measures, String callbackOutcome, String callbackNote, Actor actor);

    /** The department appeals a rating it thinks wrong: the rectification's deadlines stop until a supervisor decides. */
    Rectification appeal(long id, String reason, Actor actor);

    /**
     * A supervisor decides an appeal: upheld voids the rectification (the rating stays, marked); rejected restarts its
     * clock, the current step's deadline moved on by the working days the appeal waited.
     */
    Rectification decide(long id, boolean upheld, Actor actor);

    /** @param window a window code @return the service it finished last (for the rating tablet beside it), if a floor module tells */
    java.util.Optional<TicketLookup.ServedTicket> lastServed(String window);

    /** @return the ratings of the latest days, newest first, for staff (never the applicant) */
    List<Rating> recent(String department, int limit);
}
