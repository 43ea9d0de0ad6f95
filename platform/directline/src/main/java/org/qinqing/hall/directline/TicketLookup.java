package org.qinqing.hall.directline;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * How ratings find a served ticket (排队取号): implemented by the module that keeps the hall floor's tickets
 * and registered as a service. Without one, ticket subjects are answered 404.
 */
@ConsumerType
public interface TicketLookup {

    /**
     * A service at a window that has finished.
     *
     * @param ticketId the ticket id
     * @param department the department served
     * @param service what was served (item or service name)
     * @param window the window
     * @param clerk the clerk
     * @param ratingCode the ticket's rating code (评价码, printed on its slip and shown on the window's tablet): the proof a
     *        rating of it must give; {@code null} for a ticket without one, which cannot be rated (since 1.2)
     */
    record ServedTicket(String ticketId, String department, String service, String window, String clerk, String ratingCode) {

        /** A served ticket without a rating code (the constructor of 1.1): it cannot be rated. */
        public ServedTicket(String ticketId, String department, String service, String window, String clerk) {
            this(ticketId, department, service, window, clerk, null);
        }
    }

    /** @param ticketId a ticket id @return the ticket, if it exists and its service is finished */
    Optional<ServedTicket> served(String ticketId);

    /** @param window a window code @return the service the window finished last, for the tablet beside it */
    Optional<ServedTicket> lastServed(String window);
}
