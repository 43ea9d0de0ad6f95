package org.qinqing.hall.floor;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The floor of the hall. Every refusal is a {@link org.qinqing.hall.api.HallException}: unknown
 * sites, queues, windows and items are 404/400 naming the field, calls for a window the clerk has
 * not signed in to 403, full or non-working slots 409/422.
 */
@ProviderType
public interface Floor {

    /** @return all sites, the main hall first */
    List<Site> sites();

    /** @param code a site code @return the site @throws org.qinqing.hall.api.HallException 404 */
    Site site(String code);

    /**
     * Signs a clerk in to a window: the clerk serves there and nowhere else until sign-out.
     *
     * @param window window code
     * @param clerk user name
     * @return the window
     * @throws org.qinqing.hall.api.HallException 404 unknown window, 409 another clerk sits there
     */
    Window signIn(String window, String clerk);

    /** @param window window code @param clerk user name; signing out of a window one is not at is a 409 */
    void signOut(String window, String clerk);

    /** Signs a clerk out of whatever window they sit at (logout). @param clerk user name */
    void leave(String clerk);

    /** @param clerk user name @return the window the clerk sits at */
    Optional<String> windowOf(String clerk);

    /**
     * Takes a ticket; checking in an appointment, matching a VIP party.
     *
     * @param site site code
     * @param request what it is taken with
     * @param actor who takes it (clerk or kiosk account)
     * @return the ticket, with how many wait ahead
     */
    Ticket take(String site, TicketRequest request, String actor);

    /** @param site site code @param ticket ticket number of today @return the ticket with its position */
    Ticket ticket(String site, String ticket);

    /**
     * Calls the next ticket for a window (checked-in appointments first, VIP before walk-ins, the
     * longest wait first; a walk-in waiting past the threshold before new appointments). The
     * window's current ticket, if any, is finished first. Two windows never get the same ticket.
     *
     * @param window window code
     * @param clerk the clerk signed in there
     * @return the call, or empty when nobody waits for the window
     */
    Optional<Call> callNext(String window, String clerk);

    /** @return the window's current ticket called again */
    Call recall(String window, String clerk);

    /** @return the window's current ticket marked as not come (only after a recall) */
    Call noShow(String window, String clerk);

    /**
     * Sends the window's current ticket back to wait, in another queue or for another window,
     * keeping its place by the time it was taken.
     *
     * @param queue the queue, or {@code null}
     * @param toWindow the window, or {@code null}; exactly one is given
     * @return the ticket as it now waits
     */
    Ticket transfer(String window, String clerk, String queue, String toWindow);

    /** @return the window's current ticket now being served (intake opens with it) */
    Call serve(String window, String clerk);

    /** @return the window's current ticket finished */
    Ticket done(String window, String clerk);

    /**
     * Records that a case was taken in while serving the window's current ticket: the ticket
     * keeps the case number and the case's audit trail names the ticket and window.
     *
     * @param window window code
     * @param clerk the clerk signed in there
     * @param caseNumber the case (the caller checks it exists)
     * @return the ticket
     */
    Ticket recordCase(String window, String clerk, String caseNumber);

    /** @param window window code @return its current ticket (called or serving) */
    Optional<Call> current(String window);

    /** @param site site code @return the board */
    Board board(String site);

    /**
     * Follows the calls of a site as they are made on any node (within about 200 ms).
     *
     * @param site site code
     * @param listener gets each call; called from the feed's thread, so it must not block
     * @return closing it stops the following
     */
    AutoCloseable follow(String site, java.util.function.Consumer<BoardCall> listener);

    /** @return the sequence number of the newest call on any board (0 before the first) */
    long lastCall();

    /** @param afterSeq a sequence number @param limit at most this many @return calls after it, oldest first */
    List<BoardCall> callsAfter(long afterSeq, int limit);

    /** @param site site code @param date a day @return its slots with their bookings (none on non-working days) */
    List<Slot> slots(String site, LocalDate date);

    /**
     * Books a slot; never overbooks.
     *
     * @param request the booking
     * @param actor who books (the applicant online, or a clerk)
     * @param online whether the applicant books online (online booking can be suspended for no-shows)
     * @return the appointment
     */
    Appointment book(AppointmentRequest request, String actor, boolean online);

    /** @param number appointment number @param actor who cancels @return it cancelled */
    Appointment cancel(String number, String actor);

    /** @param number appointment number @return the appointment */
    Appointment appointment(String number);

    /** @param applicantNumber an ID number @return the appointments of that applicant, newest first */
    List<Appointment> appointmentsOf(String applicantNumber);

    /** @param kind a registry kind, or {@code null} for all @return the VIP parties */
    List<VipParty> vipParties(String kind);

    /** @param party the party @param actor who lists it (supervisor) @return it as stored */
    VipParty putVip(VipParty party, String actor);

    /** @param number credit code or ID number @param actor who removes it */
    void removeVip(String number, String actor);

    /**
     * Imports a registry from CSV ({@code number,name,category[,specialist]}, a header line allowed).
     *
     * @param kind the registry
     * @param csv the rows
     * @param actor who imports
     * @return rows listed
     */
    int importVip(String kind, Reader csv, String actor);

    /** @param applicantNumber an applicant @param enterpriseNumber the enterprise they act for, or {@code null} @return the listed party they are or act for */
    Optional<VipParty> vipMatch(String applicantNumber, String enterpriseNumber);

    /** @param specialist a user name @return the listed parties whose specialist (专员) they are, by name */
    List<VipParty> specialistParties(String specialist);

    /**
     * The changes of the cases of a specialist's parties, as told to them.
     *
     * @param specialist a user name
     * @param unreadOnly only those not marked read
     * @param limit at most this many (1–500)
     * @return the notices, newest first
     */
    List<SpecialistNotice> specialistNotices(String specialist, boolean unreadOnly, int limit);

    /** @param specialist a user name @param upToId the newest notice seen @return how many were marked read */
    int markNoticesRead(String specialist, long upToId);

    /** @param site site code or {@code null} for all @param from first day @param to last day @return the figures */
    QueueStats stats(String site, LocalDate from, LocalDate to);
}
