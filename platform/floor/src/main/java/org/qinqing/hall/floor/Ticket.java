package org.qinqing.hall.floor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A queue ticket (号).
 *
 * @param id its row id
 * @param ticket its number, e.g. {@code A023}
 * @param site site code
 * @param queue queue code
 * @param day the day it was taken
 * @param state {@code WAITING}, {@code CALLED}, {@code SERVING}, {@code DONE} or {@code NO_SHOW}
 * @param applicantNumber the applicant's number, or {@code null} (mask it when shown)
 * @param itemCode the item, or {@code null}
 * @param appointmentNumber the appointment checked in with it, or {@code null}
 * @param vip whether it is a VIP party's
 * @param specialist the VIP party's specialist (专员), or {@code null}
 * @param waitingAhead tickets that would be called before it now (0 once called)
 * @param estimatedWaitMinutes the estimated wait, from recent service times
 * @param issuedAt when taken
 * @param calledAt when last called, or {@code null}
 * @param window the window that called it, or {@code null}
 * @param ratingCode the ticket's rating code (评价码, six random digits printed on the slip): the proof that rates its
 *        service (好差评); {@code null} for tickets taken before codes were given (since 1.2)
 */
public record Ticket(long id, String ticket, String site, String queue, LocalDate day, String state, String applicantNumber,
        String itemCode, String appointmentNumber, boolean vip, String specialist, int waitingAhead, int estimatedWaitMinutes,
        Instant issuedAt, Instant calledAt, String window, String ratingCode) {

    /** A ticket without a rating code (the constructor of 1.1). */
    public Ticket(long id, String ticket, String site, String queue, LocalDate day, String state, String applicantNumber,
            String itemCode, String appointmentNumber, boolean vip, String specialist, int waitingAhead, int estimatedWaitMinutes,
            Instant issuedAt, Instant calledAt, String window) {
        this(id, ticket, site, queue, day, state, applicantNumber, itemCode, appointmentNumber, vip, specialist, waitingAhead,
                estimatedWaitMinutes, issuedAt, calledAt, window, null);
    }
}
