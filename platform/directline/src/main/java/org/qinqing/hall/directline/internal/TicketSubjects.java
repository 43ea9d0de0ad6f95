package org.qinqing.hall.directline.internal;

import java.util.List;
import java.util.Optional;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.directline.TicketLookup;

/**
 * Served tickets as rateable events, through whichever {@link TicketLookup} the floor module registers. Knowing the
 * ticket id (printed on the slip, or shown on the window's tablet) is the proof.
 */
public final class TicketSubjects implements EventSource {
    private final List<TicketLookup> lookups;

    /** @param lookups the registered lookups (a Blueprint reference-list; empty while the floor module is away) */
    public TicketSubjects(List<TicketLookup> lookups) {
        this.lookups = lookups;
    }

    @Override
    public Optional<RatedEvent> find(String subject, String accessCode, String suffix, Actor applicant) {
        for (TicketLookup l : List.copyOf(lookups)) {
            Optional<TicketLookup.ServedTicket> t = l.served(subject);
            if (t.isPresent()) {
                TicketLookup.ServedTicket s = t.get();
                return Optional.of(new RatedEvent("TICKET", subject, s.department(), s.service(), s.window(), s.clerk()));
            }
        }
        return Optional.empty();
    }

    /** @param window a window @return its last finished service */
    public Optional<TicketLookup.ServedTicket> lastServed(String window) {
        for (TicketLookup l : List.copyOf(lookups)) {
            Optional<TicketLookup.ServedTicket> t = l.lastServed(window);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }
}
